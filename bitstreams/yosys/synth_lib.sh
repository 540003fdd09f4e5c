# SPDX-License-Identifier: Apache-2.0
# The one Yosys flow of bitstreams/yosys, sourced by the per-core scripts (synth_ldpc_*.sh):
#   bbkit_synth TOP FILELIST REPORT_NAME DESCRIPTION SCRIPT ZMAX FLOWS [PARAM=VALUE...]
# synthesizes module TOP from the sources in FILELIST (an rtl/ .f list) with Zmax = ZMAX (and each
# further PARAM=VALUE, passed on to SCRIPT's regenerate line after the flow) for each
# flow in FLOWS ("generic": Yosys `synth`; "xcup": `synth_xilinx -family xcup`, AMD UltraScale+),
# and writes reports/REPORT_NAME_z<ZMAX>_<flow>.txt: a header (what, parameters, the command that
# regenerates it, wall time) and Yosys `stat`. Yosys runs under nice -n ${BBKIT_NICE:-19}; the
# timestamped per-pass log goes to ${TMPDIR:-/tmp} (where a slow pass shows).
bbkit_synth() {
  local top=$1 filelist=$2 name=$3 what=$4 script=$5 zmax=$6 flows=$7
  shift 7
  local extra="" extra_args="" kv
  for kv in "$@"; do
    extra+=" -chparam ${kv%%=*} ${kv#*=}"
    extra_args+=" ${kv#*=}"
  done
  local here root out srcs read_cmd synth report log start secs flow
  here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  root=$(cd "$here/../.." && pwd)
  out="$here/reports"
  mkdir -p "$out"
  # the list read by scripts/rtl_filelist.py; the -I options first: read_verilog takes no option
  # after a file
  srcs="$(python3 "$root/scripts/rtl_filelist.py" incdirs --root "$root" "$filelist" | sed 's/^/-I /' | tr '\n' ' ')"
  srcs+="$(python3 "$root/scripts/rtl_filelist.py" expand --root "$root" "$filelist" | tr '\n' ' ')"
  read_cmd="read_verilog -defer -sv $srcs; hierarchy -check -top $top -chparam Zmax $zmax$extra"
  for flow in $flows; do
    case $flow in
      generic) synth="synth -top $top -flatten" ;;
      xcup) synth="synth_xilinx -family xcup -top $top -flatten" ;;
      *) echo "unknown flow '$flow': generic or xcup" >&2; return 2 ;;
    esac
    report="$out/${name}_z${zmax}_${flow}.txt"
    log="${TMPDIR:-/tmp}/${name}_z${zmax}_${flow}.log"
    start=$(date +%s)
    nice -n "${BBKIT_NICE:-19}" yosys -t -q -l "$log" -p "$read_cmd; $synth; tee -o $report.tmp stat" >/dev/null
    secs=$(( $(date +%s) - start ))
    {
      echo "# $top, Zmax=$zmax, $what, Yosys $(yosys -V | awk '{print $2}'), flow $flow ($synth)"
      echo "# regenerate: bitstreams/yosys/$script $zmax $flow$extra_args   (took ${secs}s on the build machine)"
      sed -E 's/^\[[0-9.]+\] ?//' "$report.tmp"  # the log timestamps (-t) off
    } > "$report"
    rm -f "$report.tmp"
    echo "wrote $report (${secs}s)"
  done
}
