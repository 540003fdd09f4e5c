// SPDX-License-Identifier: Apache-2.0
#include "bbkit/ber/sweep.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "bbkit/common/error.h"

namespace bbkit::ber {
namespace {

// SplitMix64: decorrelates the per-frame seeds derived from (seed, point, frame).
std::uint64_t mix(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += (c == '\'') ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

}  // namespace

std::vector<PointResult> run_sweep(const SweepConfig& config, const std::vector<std::string>& variants,
                                   const TrialFactory& make_trial, const std::string& label) {
  require(!variants.empty(), "variants", 0, "at least one decoder variant");
  require(!config.snr_db.empty(), "snr points", 0, "at least one SNR point");
  require_range("target_errors", static_cast<std::int64_t>(config.target_errors), 1, INT64_MAX);
  require_range("max_frames", static_cast<std::int64_t>(config.max_frames), 1, INT64_MAX);
  require_range("batch_frames", static_cast<std::int64_t>(config.batch_frames), 1, 1 << 20);
  const int hw = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  const int threads = config.threads > 0 ? config.threads : hw;
  require_range("threads", threads, 1, 1024);
  const std::size_t nv = variants.size();

  std::vector<std::unique_ptr<Trial>> trials;
  for (int t = 0; t < threads; ++t) trials.push_back(make_trial());

  std::vector<PointResult> all;
  for (std::size_t p = 0; p < config.snr_db.size(); ++p) {
    const double snr = config.snr_db[p];
    std::vector<PointResult> acc(nv);
    for (std::size_t v = 0; v < nv; ++v) {
      acc[v].variant = variants[v];
      acc[v].snr_db = snr;
    }
    std::uint64_t frames = 0;
    // A batch is a fixed set of frame indices, so which frames count does not depend on timing.
    const std::uint64_t batch = config.batch_frames;
    auto done = [&] {
      if (frames < config.min_frames) return false;
      if (frames >= config.max_frames) return true;
      return std::all_of(acc.begin(), acc.end(),
                         [&](const PointResult& r) { return r.block_errors >= config.target_errors; });
    };
    while (!done()) {
      const std::uint64_t n = std::min(batch, config.max_frames - frames);
      std::vector<FrameOutcome> outcomes(n);
      std::atomic<std::uint64_t> next{0};
      std::vector<std::thread> pool;
      std::vector<std::exception_ptr> errors(threads);
      for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
          try {
            for (std::uint64_t i = next++; i < n; i = next++) {
              Rng rng(mix(config.seed ^ mix((p << 40) ^ (frames + i))));
              outcomes[i] = trials[t]->run(snr, rng);
            }
          } catch (...) {
            errors[t] = std::current_exception();
          }
        });
      }
      for (auto& th : pool) th.join();
      for (auto& e : errors)
        if (e) std::rethrow_exception(e);
      for (const auto& o : outcomes) {
        for (std::size_t v = 0; v < nv; ++v) {
          acc[v].frames += 1;
          acc[v].block_errors += o.block_error.at(v);
          acc[v].bit_errors += o.bit_errors.at(v);
          acc[v].bits += o.info_bits;
          if (v < o.iterations.size()) acc[v].iterations += o.iterations[v];
        }
      }
      frames += n;
    }
    if (config.progress) {
      std::ostringstream line;
      line << "[bler" << (label.empty() ? "" : " " + label) << "] snr " << snr << " dB, " << frames
           << " frames:";
      for (const auto& r : acc) line << "  " << r.variant << " BLER " << r.bler() << " (" << r.block_errors << ")";
      std::cerr << line.str() << std::endl;
    }
    const bool error_free = std::all_of(acc.begin(), acc.end(), [](auto& r) { return r.block_errors == 0; });
    all.insert(all.end(), acc.begin(), acc.end());
    if (config.stop_when_error_free && error_free) break;
  }
  return all;
}

void write_csv(const std::string& path, const std::string& code, const std::vector<PointResult>& results) {
  std::ofstream out(path);
  if (!out) throw std::runtime_error("cannot write " + path);
  out << "code,variant,snr_db,frames,block_errors,bler,bit_errors,bits,ber,mean_iterations\n";
  for (const auto& r : results) {
    char buf[512];
    std::snprintf(buf, sizeof buf, "%s,%s,%.3f,%llu,%llu,%.6e,%llu,%llu,%.6e,%.3f\n", code.c_str(),
                  r.variant.c_str(), r.snr_db, static_cast<unsigned long long>(r.frames),
                  static_cast<unsigned long long>(r.block_errors), r.bler(),
                  static_cast<unsigned long long>(r.bit_errors), static_cast<unsigned long long>(r.bits), r.ber(),
                  r.mean_iterations());
    out << buf;
  }
  if (!out) throw std::runtime_error("write failed: " + path);
}

std::optional<double> snr_at_bler(const std::vector<PointResult>& results, const std::string& variant,
                                  double bler) {
  std::vector<const PointResult*> pts;
  for (const auto& r : results)
    if (r.variant == variant) pts.push_back(&r);
  std::sort(pts.begin(), pts.end(), [](auto a, auto b) { return a->snr_db < b->snr_db; });
  for (std::size_t i = 0; i + 1 < pts.size(); ++i) {
    const double b0 = pts[i]->bler(), b1 = pts[i + 1]->bler();
    if (b0 >= bler && b1 <= bler) {
      if (b0 == b1) return pts[i]->snr_db;
      // A point with no errors sits at 0: interpolate towards half an error instead of log(0).
      const double l0 = std::log10(std::max(b0, 0.5 / double(pts[i]->frames)));
      const double l1 = std::log10(std::max(b1, 0.5 / double(pts[i + 1]->frames)));
      const double lt = std::log10(bler);
      if (l0 == l1) return pts[i]->snr_db;
      return pts[i]->snr_db + (pts[i + 1]->snr_db - pts[i]->snr_db) * (l0 - lt) / (l0 - l1);
    }
  }
  return std::nullopt;
}

void plot_png(const std::string& csv_path, const std::string& png_path, const std::string& title) {
  const std::string cmd = shell_quote(BBKIT_PYTHON) + " " + shell_quote(BBKIT_PLOT_SCRIPT) + " " +
                          shell_quote(csv_path) + " " + shell_quote(png_path) + " --title " + shell_quote(title);
  if (std::system(cmd.c_str()) != 0) throw std::runtime_error("plotting failed: " + cmd);
}

std::vector<double> parse_snr_list(const std::string& spec) {
  std::vector<double> out;
  auto bad = [&spec]() {
    return InvalidParameter("snr", "'" + spec + "'", "a list 'a,b,c' or a range 'start:stop:step' in dB");
  };
  try {
    if (spec.find(':') != std::string::npos) {
      std::stringstream ss(spec);
      std::string a, b, c;
      if (!std::getline(ss, a, ':') || !std::getline(ss, b, ':') || !std::getline(ss, c)) throw bad();
      const double start = std::stod(a), stop = std::stod(b), step = std::stod(c);
      if (!(step > 0) || stop < start || (stop - start) / step > 1000) throw bad();
      for (int i = 0; start + i * step <= stop + 1e-9; ++i) out.push_back(start + i * step);
    } else {
      std::stringstream ss(spec);
      std::string t;
      while (std::getline(ss, t, ',')) out.push_back(std::stod(t));
    }
  } catch (const std::logic_error&) {  // std::stod's invalid_argument / out_of_range
    throw bad();
  }
  if (out.empty()) throw bad();
  return out;
}

}  // namespace bbkit::ber
