// SPDX-License-Identifier: Apache-2.0
#include "bbkit/polar/polar_vector.h"

#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

#include "bbkit/common/crc.h"
#include "bbkit/common/error.h"
#include "bbkit/common/rng.h"
#include "bbkit/polar/encoder.h"

namespace bbkit::polar {
namespace {

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  const auto e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

long long parse_int(const std::string& name, std::size_t line, const std::string& key, const std::string& v) {
  try {
    std::size_t used = 0;
    const long long x = std::stoll(v, &used, 0);  // decimal, or 0x.. for rnti
    if (used == v.size()) return x;
  } catch (const std::exception&) {
  }
  throw ParseError(name, line, key, "expected an integer, got '" + v + "'");
}

Bits parse_bits(const std::string& name, std::size_t line, const std::string& key, const std::string& s, std::size_t want) {
  Bits b;
  b.reserve(s.size());
  for (char c : s) {
    if (c != '0' && c != '1') throw ParseError(name, line, key, "expected 0/1 digits, got '" + std::string(1, c) + "'");
    b.push_back(static_cast<std::uint8_t>(c - '0'));
  }
  if (b.size() != want)
    throw ParseError(name, line, key, std::to_string(b.size()) + " bits, expected " + std::to_string(want));
  return b;
}

std::string bits_text(const Bits& b) {
  std::string s(b.size(), '0');
  for (std::size_t i = 0; i < b.size(); ++i) s[i] = b[i] ? '1' : '0';
  return s;
}

}  // namespace

PolarVectorFile PolarVectorFile::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw ParseError(path, 0, "", "cannot open file");
  return parse(in, path);
}

PolarVectorFile PolarVectorFile::parse(std::istream& in, const std::string& name) {
  PolarVectorFile f;
  std::map<std::string, std::pair<std::string, std::size_t>> header;  // key -> value, line
  std::vector<std::pair<std::string, std::size_t>> case_lines;
  std::string raw;
  std::size_t line = 0;
  while (std::getline(in, raw)) {
    ++line;
    const std::string s = trim(raw);
    if (s.empty()) continue;
    if (s[0] == '#') {
      f.comments.push_back(s.substr(1));
      continue;
    }
    const auto eq = s.find('=');
    if (eq != std::string::npos) {
      if (!case_lines.empty()) throw ParseError(name, line, trim(s.substr(0, eq)), "header line after the first case");
      const std::string key = trim(s.substr(0, eq));
      if (header.count(key)) throw ParseError(name, line, key, "key given twice");
      header[key] = {trim(s.substr(eq + 1)), line};
      continue;
    }
    case_lines.emplace_back(s, line);
  }
  static const char* const kKnown[] = {"channel", "A", "E", "crc", "cases", "aggregation_level", "rnti"};
  for (const auto& [key, value] : header) {
    bool known = false;
    for (const char* k : kKnown) known = known || key == k;
    if (!known) throw ParseError(name, value.second, key, "unknown key");
  }
  auto need = [&](const std::string& key) -> const std::pair<std::string, std::size_t>& {
    const auto it = header.find(key);
    if (it == header.end()) throw ParseError(name, line, key, "missing header key");
    return it->second;
  };
  auto integer = [&](const std::string& key) {
    const auto& v = need(key);
    return parse_int(name, v.second, key, v.first);
  };
  const auto& ch = need("channel");
  try {
    f.config.channel = channel_from_name(ch.first);
  } catch (const InvalidParameter& e) {
    throw ParseError(name, ch.second, "channel", e.what());
  }
  f.config.a = static_cast<int>(integer("A"));
  f.config.e = static_cast<int>(integer("E"));
  if (f.config.channel == Channel::Dci) {
    f.config.aggregation_level = static_cast<int>(integer("aggregation_level"));
    const long long rnti = integer("rnti");
    if (rnti < 0 || rnti > 0xFFFF) throw ParseError(name, need("rnti").second, "rnti", "outside 0..65535");
    f.config.rnti = static_cast<std::uint16_t>(rnti);
  }
  ChannelPlan plan;
  try {
    plan = make_plan(f.config);
  } catch (const InvalidParameter& e) {
    const std::string key = e.parameter() == "aggregation level" ? "aggregation_level" : e.parameter();
    throw ParseError(name, header.count(key) ? header[key].second : need("channel").second, key, e.what());
  }
  const auto& crc = need("crc");
  try {
    if (crc_type_from_name(crc.first) != plan.crc)
      throw ParseError(name, crc.second, "crc", std::string("the channel uses ") + crc_spec(plan.crc).name);
  } catch (const InvalidParameter& e) {
    throw ParseError(name, crc.second, "crc", e.what());
  }
  const long long cases = integer("cases");
  if (cases != static_cast<long long>(case_lines.size()))
    throw ParseError(name, need("cases").second, "cases",
                     "header says " + std::to_string(cases) + ", file has " + std::to_string(case_lines.size()));
  for (const auto& [text, at] : case_lines) {
    std::istringstream ss(text);
    std::string payload, coded, extra;
    ss >> payload >> coded;
    if (coded.empty() || (ss >> extra)) throw ParseError(name, at, "case", "expected '<payload bits> <coded bits>'");
    PolarVectorCase c;
    c.payload = parse_bits(name, at, "payload", payload, static_cast<std::size_t>(f.config.a));
    c.coded = parse_bits(name, at, "coded", coded, static_cast<std::size_t>(plan.output_bits));
    f.cases.push_back(std::move(c));
  }
  return f;
}

void PolarVectorFile::write(std::ostream& out) const {
  for (const auto& c : comments) out << '#' << c << '\n';
  const ChannelPlan plan = make_plan(config);
  out << "channel = " << channel_name(config.channel) << '\n';
  out << "A = " << config.a << '\n';
  out << "E = " << plan.config.e << '\n';
  out << "crc = " << crc_spec(plan.crc).name << '\n';
  if (config.channel == Channel::Dci) {
    out << "aggregation_level = " << config.aggregation_level << '\n';
    out << "rnti = " << config.rnti << '\n';
  }
  out << "cases = " << cases.size() << '\n';
  for (const auto& c : cases) out << bits_text(c.payload) << ' ' << bits_text(c.coded) << '\n';
}

void PolarVectorFile::save(const std::string& path) const {
  std::ofstream out(path);
  if (!out) throw std::runtime_error("cannot write " + path);
  write(out);
  if (!out) throw std::runtime_error("error writing " + path);
}

PolarVectorFile generate_polar_vectors(const PolarConfig& config, int count, std::uint64_t seed) {
  require_range("cases", count, 1, 1000000);
  const ChannelPlan plan = make_plan(config);
  PolarVectorFile f;
  f.config = plan.config;
  std::map<std::string, std::string> params{{"channel", channel_name(config.channel)},
                                            {"A", std::to_string(config.a)},
                                            {"E", std::to_string(plan.config.e)},
                                            {"cases", std::to_string(count)}};
  if (config.channel == Channel::Dci) {
    params["aggregation_level"] = std::to_string(config.aggregation_level);
    params["rnti"] = std::to_string(config.rnti);
  }
  const auto prov = vectors::make_provenance("bbkit vectors polar", seed, params);
  f.comments.push_back(" 5G NR polar vectors (TS 38.212), " + std::string(channel_name(config.channel)) + ", " +
                       std::to_string(plan.segments) + " block(s) of N=" + std::to_string(plan.blocks[0].big_n) +
                       ", K=" + std::to_string(plan.blocks[0].params.k) + ", " +
                       rate_matching_name(plan.blocks[0].rate_matching));
  for (const auto& c : prov.to_comments()) f.comments.push_back(c);
  auto encoder = make_polar_encoder("golden");
  Rng rng(seed);
  for (int i = 0; i < count; ++i) {
    PolarVectorCase c;
    c.payload = random_bits(rng, static_cast<std::size_t>(config.a));
    c.coded = encoder->process(f.config, c.payload);
    f.cases.push_back(std::move(c));
  }
  return f;
}

}  // namespace bbkit::polar
