// SPDX-License-Identifier: Apache-2.0
#include "bbkit/bf/apply_vector.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <istream>
#include <ostream>

#include "bbkit/bf/channel.h"
#include "bbkit/bf/weights.h"
#include "bbkit/common/error.h"

namespace bbkit::bf {
namespace {

constexpr const char* kFormat = "bbkit-bf-apply-1";
constexpr int kWordsPerLine = 8;

std::vector<Iq16> uniform(Rng& rng, std::size_t n) {
  std::vector<Iq16> v(n);
  for (auto& s : v) s = {static_cast<std::int16_t>(rng() >> 48), static_cast<std::int16_t>(rng() >> 48)};
  return v;
}

std::vector<Iq16> corners(Rng& rng, std::size_t n) {
  static const std::int16_t values[] = {-32768, -32767, -1, 0, 1, 32767};
  std::vector<Iq16> v(n);
  for (auto& s : v) s = {values[rng() % 6], values[rng() % 6]};
  return v;
}

std::vector<Iq16> gaussian_weights(const ApplyConfig& c, Rng& rng) {
  auto calc = make_weight_calculator("reference");
  std::vector<CMatrix> ws;
  for (int g = 0; g < c.groups(); ++g)
    ws.push_back(calc->process({0.1, Normalization::PerAntennaMax}, rayleigh_channel(c.layers, c.antennas, rng)));
  return quantize_weights(ws);
}

std::vector<Iq16> gaussian_input(const ApplyConfig& c, Rng& rng) {
  Gaussian g(rng);
  std::vector<Cf64> v(c.input_count());
  const double s = std::sqrt(0.5) / 8.0;  // rms 1/8 per complex sample
  for (auto& x : v) {
    const double re = g();
    x = {s * re, s * g()};
  }
  return to_iq16(v);
}

Direction direction_from_name(const std::string& s) {
  if (s == "precode") return Direction::Precode;
  if (s == "combine") return Direction::Combine;
  throw InvalidParameter("direction", "'" + s + "'", "precode or combine");
}

void write_words(std::ostream& out, const char* key, const std::vector<Iq16>& v) {
  out << key << " = " << v.size() << "\n";
  char word[16];
  for (std::size_t i = 0; i < v.size(); ++i) {
    std::snprintf(word, sizeof word, "%04x%04x", static_cast<unsigned>(static_cast<std::uint16_t>(v[i].re)),
                  static_cast<unsigned>(static_cast<std::uint16_t>(v[i].im)));
    out << word << ((i + 1) % kWordsPerLine == 0 || i + 1 == v.size() ? "\n" : " ");
  }
}

// A line reader that knows its file and line number for ParseError.
class Reader {
 public:
  Reader(std::istream& in, std::string name) : in_(in), name_(std::move(name)) {}

  /// The next non-blank, non-comment line; false at the end. Leading comments are collected.
  bool next(std::string& line) {
    std::string raw;
    while (std::getline(in_, raw)) {
      ++line_;
      if (!raw.empty() && raw.back() == '\r') raw.pop_back();
      const auto b = raw.find_first_not_of(" \t");
      if (b == std::string::npos) continue;
      if (raw[b] == '#') {
        if (!seen_data_) comments.push_back(raw.substr(b + 1));
        continue;
      }
      seen_data_ = true;
      const auto e = raw.find_last_not_of(" \t");
      line = raw.substr(b, e - b + 1);
      return true;
    }
    return false;
  }

  /// The value of "key = value" on the next line.
  std::string value(const std::string& key) {
    std::string line;
    if (!next(line)) fail(key, "missing (end of file)");
    const auto eq = line.find('=');
    const std::string k = eq == std::string::npos ? line : trim(line.substr(0, eq));
    if (eq == std::string::npos || k != key) fail(key, "expected '" + key + " = ...', found '" + line + "'");
    return trim(line.substr(eq + 1));
  }

  std::int64_t integer(const std::string& key) {
    const std::string v = value(key);
    char* end = nullptr;
    const long long x = std::strtoll(v.c_str(), &end, 10);
    if (v.empty() || *end != '\0') fail(key, "not an integer: '" + v + "'");
    return x;
  }

  std::vector<Iq16> words(const std::string& key, std::size_t expected) {
    const std::int64_t n = integer(key);
    if (n < 0 || static_cast<std::size_t>(n) != expected)
      fail(key, "count " + std::to_string(n) + ", the configuration needs " + std::to_string(expected));
    std::vector<Iq16> v;
    v.reserve(expected);
    std::string line;
    while (v.size() < expected) {
      if (!next(line)) fail(key, "file ends after " + std::to_string(v.size()) + " of " + std::to_string(expected) + " words");
      std::size_t pos = 0;
      while (pos < line.size()) {
        const auto end = line.find(' ', pos);
        const std::string w = line.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
        pos = end == std::string::npos ? line.size() : line.find_first_not_of(' ', end);
        if (pos == std::string::npos) pos = line.size();
        char* stop = nullptr;
        const unsigned long x = std::strtoul(w.c_str(), &stop, 16);
        if (w.size() != 8 || *stop != '\0') fail(key, "malformed word '" + w + "' (8 hex digits IIIIQQQQ)");
        if (v.size() == expected) fail(key, "more than " + std::to_string(expected) + " words");
        v.push_back({static_cast<std::int16_t>(static_cast<std::uint16_t>(x >> 16)),
                     static_cast<std::int16_t>(static_cast<std::uint16_t>(x & 0xFFFF))});
      }
    }
    return v;
  }

  [[noreturn]] void fail(const std::string& key, const std::string& what) const { throw ParseError(name_, line_, key, what); }

  std::vector<std::string> comments;

 private:
  static std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos) return "";
    return s.substr(b, s.find_last_not_of(" \t") - b + 1);
  }
  std::istream& in_;
  std::string name_;
  std::size_t line_ = 0;
  bool seen_data_ = false;
};

}  // namespace

std::vector<std::string> apply_stimulus_kinds() { return {"gaussian", "uniform", "corners"}; }

ApplyVector make_apply_vector(const ApplyConfig& c, const std::string& stimulus, Rng& rng) {
  validate(c);
  ApplyVector v;
  v.stimulus = stimulus;
  v.config = c;
  if (stimulus == "gaussian") {
    v.weights = gaussian_weights(c, rng);
    v.input = gaussian_input(c, rng);
  } else if (stimulus == "uniform") {
    v.weights = uniform(rng, c.weight_count());
    v.input = uniform(rng, c.input_count());
  } else if (stimulus == "corners") {
    v.weights = corners(rng, c.weight_count());
    v.input = corners(rng, c.input_count());
  } else {
    throw InvalidParameter("stimulus", "'" + stimulus + "'", "gaussian, uniform or corners");
  }
  v.saturated = make_bf_apply("golden")->process(c, v.weights, v.input, v.output).saturated;
  return v;
}

void write_apply_vectors(std::ostream& out, const vectors::Provenance& p, const std::vector<ApplyVector>& cases) {
  for (const auto& line : p.to_comments()) out << "#" << line << "\n";
  out << "format = " << kFormat << "\n";
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const ApplyVector& v = cases[i];
    const ApplyConfig& c = v.config;
    out << "\ncase = " << i << "\nstimulus = " << v.stimulus
        << "\ndirection = " << (c.direction == Direction::Precode ? "precode" : "combine") << "\nantennas = " << c.antennas
        << "\nlayers = " << c.layers << "\nprbs = " << c.prbs << "\nsymbols = " << c.symbols
        << "\nprb_group = " << c.prb_group << "\nshift = " << c.shift << "\nsaturated = " << v.saturated << "\n";
    write_words(out, "weights", v.weights);
    write_words(out, "input", v.input);
    write_words(out, "output", v.output);
  }
}

ApplyVectorFile read_apply_vectors(std::istream& in, const std::string& name) {
  Reader r(in, name);
  ApplyVectorFile f;
  const std::string format = r.value("format");
  if (format != kFormat) r.fail("format", "'" + format + "' is not " + kFormat);
  f.comments = r.comments;
  std::string line;
  for (;;) {
    // "case = <index>" or the end of the file
    if (!r.next(line)) break;
    const std::string expect = "case = " + std::to_string(f.cases.size());
    if (line != expect) r.fail("case", "expected '" + expect + "', found '" + line + "'");
    ApplyVector v;
    v.stimulus = r.value("stimulus");
    ApplyConfig& c = v.config;
    const std::string dir = r.value("direction");
    if (dir != "precode" && dir != "combine") r.fail("direction", "'" + dir + "' is not precode or combine");
    c.direction = direction_from_name(dir);
    c.antennas = static_cast<int>(r.integer("antennas"));
    c.layers = static_cast<int>(r.integer("layers"));
    c.prbs = static_cast<int>(r.integer("prbs"));
    c.symbols = static_cast<int>(r.integer("symbols"));
    c.prb_group = static_cast<int>(r.integer("prb_group"));
    c.shift = static_cast<int>(r.integer("shift"));
    try {
      validate(c);
    } catch (const InvalidParameter& e) {
      r.fail(e.parameter(), e.what());
    }
    v.saturated = r.integer("saturated");
    v.weights = r.words("weights", c.weight_count());
    v.input = r.words("input", c.input_count());
    v.output = r.words("output", c.output_count());
    f.cases.push_back(std::move(v));
  }
  return f;
}

ApplyVectorFile load_apply_vectors(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw ParseError(path, 0, "", "cannot open the file");
  return read_apply_vectors(in, path);
}

vectors::Provenance BfVectorGenerator::generate(const std::map<std::string, std::string>& parameters,
                                                std::uint64_t seed, int count, const std::string& path) const {
  require_range("count", count, 1, 1000000);
  ApplyConfig c;
  std::string stimulus = "mixed";
  const auto as_int = [](const std::string& key, const std::string& v) {
    char* end = nullptr;
    const long x = std::strtol(v.c_str(), &end, 10);
    if (v.empty() || *end != '\0') throw InvalidParameter(key, "'" + v + "'", "an integer");
    return static_cast<int>(x);
  };
  for (const auto& [key, value] : parameters) {
    if (key == "direction") c.direction = direction_from_name(value);
    else if (key == "antennas") c.antennas = as_int(key, value);
    else if (key == "layers") c.layers = as_int(key, value);
    else if (key == "prbs") c.prbs = as_int(key, value);
    else if (key == "symbols") c.symbols = as_int(key, value);
    else if (key == "prb_group") c.prb_group = as_int(key, value);
    else if (key == "shift") c.shift = as_int(key, value);
    else if (key == "stimulus") stimulus = value;
    else throw InvalidParameter("bf vector parameter", "'" + key + "'",
                                "direction, antennas, layers, prbs, symbols, prb_group, shift, stimulus");
  }
  validate(c);
  const auto kinds = apply_stimulus_kinds();
  if (stimulus != "mixed" && std::find(kinds.begin(), kinds.end(), stimulus) == kinds.end())
    throw InvalidParameter("stimulus", "'" + stimulus + "'", "mixed, gaussian, uniform or corners");
  Rng rng(seed);
  std::vector<ApplyVector> cases;
  for (int i = 0; i < count; ++i)
    cases.push_back(make_apply_vector(c, stimulus == "mixed" ? kinds[static_cast<std::size_t>(i) % kinds.size()] : stimulus, rng));
  std::map<std::string, std::string> recorded = parameters;
  recorded["stimulus"] = stimulus;
  recorded["count"] = std::to_string(count);
  const auto provenance = vectors::make_provenance("bbkit vectors bf", seed, recorded);
  std::ofstream out(path);
  if (!out) throw InvalidParameter("output path", "'" + path + "'", "a writable file");
  write_apply_vectors(out, provenance, cases);
  if (!out) throw InvalidParameter("output path", "'" + path + "'", "a writable file (write failed)");
  return provenance;
}

}  // namespace bbkit::bf
