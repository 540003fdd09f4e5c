// SPDX-License-Identifier: Apache-2.0
#include "bbkit/vectors/bbdev_file.h"

#include <cctype>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "bbkit/common/error.h"

namespace bbkit::vectors {
namespace {

std::string trim(const std::string& s) {
  std::size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

bool valid_key(const std::string& k) {
  if (k.empty()) return false;
  for (char c : k)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  return true;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

BbdevFile BbdevFile::parse(std::istream& in, const std::string& name) {
  BbdevFile f;
  f.name = name;
  std::string raw;
  std::size_t lineno = 0;
  BbdevEntry* current = nullptr;
  std::string pending;  // value text of the current entry, lines joined
  auto finish = [&]() {
    if (!current) return;
    const std::string v = trim(pending);
    if (v.empty()) throw ParseError(name, current->line, current->key, "the key has no value");
    std::stringstream ss(v);
    std::string tok;
    while (std::getline(ss, tok, ',')) {
      tok = trim(tok);
      if (tok.empty())
        throw ParseError(name, current->line, current->key, "empty value between commas");
      current->tokens.push_back(tok);
    }
    if (v.back() == ',') throw ParseError(name, current->line, current->key, "value list ends with a comma");
    current = nullptr;
    pending.clear();
  };
  while (std::getline(in, raw)) {
    ++lineno;
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    const std::string line = trim(raw);
    if (line.empty()) continue;
    if (line[0] == '#') {
      if (f.entries.empty()) f.comments.push_back(line.substr(1));
      continue;
    }
    const auto eq = line.find('=');
    if (eq != std::string::npos) {
      finish();
      const std::string key = trim(line.substr(0, eq));
      if (!valid_key(key)) throw ParseError(name, lineno, key, "malformed key");
      for (const auto& e : f.entries)
        if (e.key == key) throw ParseError(name, lineno, key, "key given twice (first on line " + std::to_string(e.line) + ")");
      f.entries.push_back(BbdevEntry{key, {}, lineno});
      current = &f.entries.back();
      pending = line.substr(eq + 1);
      continue;
    }
    if (!current) throw ParseError(name, lineno, "", "value line outside any 'key =' entry");
    pending += ' ';
    pending += line;
  }
  finish();
  if (f.entries.empty()) throw ParseError(name, lineno, "", "no entries: not a test-bbdev vector");
  return f;
}

BbdevFile BbdevFile::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw ParseError(path, 0, "", "cannot open file");
  return parse(in, path);
}

std::string BbdevFile::to_text() const {
  std::ostringstream out;
  for (const auto& c : comments) out << '#' << c << '\n';
  for (const auto& e : entries) {
    out << '\n' << e.key << " =\n";
    // Eight values a line, as DPDK's own files are laid out.
    for (std::size_t i = 0; i < e.tokens.size(); ++i) {
      out << e.tokens[i];
      if (i + 1 < e.tokens.size()) out << ((i % 8 == 7) ? ",\n" : ", ");
    }
    out << '\n';
  }
  return out.str();
}

void BbdevFile::save(const std::string& path) const {
  std::ofstream out(path);
  if (!out) throw ParseError(path, 0, "", "cannot write file");
  out << to_text();
  if (!out) throw ParseError(path, 0, "", "write failed");
}

const BbdevEntry* BbdevFile::find(const std::string& key) const {
  for (const auto& e : entries)
    if (e.key == key) return &e;
  return nullptr;
}

Bytes words_to_bytes(const BbdevEntry& entry, const std::string& file) {
  Bytes out;
  out.reserve(entry.tokens.size() * 4);
  for (std::size_t i = 0; i < entry.tokens.size(); ++i) {
    const std::string& t = entry.tokens[i];
    const std::string where = "word " + std::to_string(i) + " '" + t + "'";
    if (t.size() < 3 || t[0] != '0' || (t[1] != 'x' && t[1] != 'X'))
      throw ParseError(file, entry.line, entry.key, where + " is not a 0x-prefixed hex word");
    const std::size_t digits = t.size() - 2;
    if (digits > 8) throw ParseError(file, entry.line, entry.key, where + " has more than 8 hex digits");
    if (digits % 2) throw ParseError(file, entry.line, entry.key, where + " has an odd number of hex digits");
    if (digits < 8 && i + 1 != entry.tokens.size())
      throw ParseError(file, entry.line, entry.key, where + " is truncated: only the last word may be short");
    std::uint32_t v = 0;
    for (std::size_t d = 2; d < t.size(); ++d) {
      const int h = hex_value(t[d]);
      if (h < 0) throw ParseError(file, entry.line, entry.key, where + " has a non-hex digit");
      v = (v << 4) | static_cast<std::uint32_t>(h);
    }
    for (std::size_t b = 0; b < digits / 2; ++b) out.push_back(static_cast<std::uint8_t>(v >> (8 * b)));
  }
  return out;
}

std::vector<std::string> bytes_to_words(const Bytes& bytes) {
  std::vector<std::string> words;
  char buf[16];
  for (std::size_t i = 0; i < bytes.size(); i += 4) {
    const std::size_t n = std::min<std::size_t>(4, bytes.size() - i);
    std::uint32_t v = 0;
    for (std::size_t b = 0; b < n; ++b) v |= static_cast<std::uint32_t>(bytes[i + b]) << (8 * b);
    std::snprintf(buf, sizeof buf, "0x%0*X", static_cast<int>(2 * n), v);
    words.emplace_back(buf);
  }
  return words;
}

}  // namespace bbkit::vectors
