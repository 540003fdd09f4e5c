// SPDX-License-Identifier: Apache-2.0
// Native model of Vitis HLS hls::stream<T, DEPTH> for C simulation without Vitis headers.
//
// A FIFO with Vitis's blocking-read contract: in C simulation a read from an empty stream can
// never be satisfied (the processes of a DATAFLOW region run one after the other), so it is an
// error here (std::underflow_error naming the stream) instead of the silent default value.
// DEPTH (0 = unbounded) is the hardware FIFO depth: full() reports it, but writes beyond it are
// kept, since a sequential C simulation legitimately runs a producer to completion first;
// high_water() tells a test how deep the FIFO really had to be. Data left in a stream at
// destruction is reported on stderr, as Vitis does.
#pragma once

#include <cstddef>
#include <deque>
#include <iostream>
#include <stdexcept>
#include <string>

namespace hls {

template <typename T, int DEPTH = 0>
class stream;

/// The stream proper; stream<T, DEPTH> derives from it (as in Vitis), so a process taking
/// stream<T>& accepts a FIFO of any depth.
template <typename T>
class stream<T, 0> {
 public:
  stream() : name_("hls::stream") {}
  explicit stream(const char* name) : name_(name) {}
  stream(const stream&) = delete;
  stream& operator=(const stream&) = delete;
  ~stream() {
    if (!q_.empty()) std::cerr << "WARNING: hls::stream '" << name_ << "' contains leftover data (" << q_.size() << ")\n";
  }

  void write(const T& v) {
    q_.push_back(v);
    if (q_.size() > high_) high_ = q_.size();
  }
  T read() {
    if (q_.empty()) throw std::underflow_error("hls::stream '" + name_ + "' is read while empty");
    T v = q_.front();
    q_.pop_front();
    return v;
  }
  void read(T& v) { v = read(); }
  bool read_nb(T& v) {
    if (q_.empty()) return false;
    v = read();
    return true;
  }
  bool write_nb(const T& v) {
    if (full()) return false;
    write(v);
    return true;
  }
  void operator<<(const T& v) { write(v); }
  void operator>>(T& v) { v = read(); }
  bool empty() const { return q_.empty(); }
  bool full() const { return depth_ > 0 && q_.size() >= depth_; }
  std::size_t size() const { return q_.size(); }
  /// The most elements the stream ever held (the FIFO depth this run needed).
  std::size_t high_water() const { return high_; }
  const std::string& name() const { return name_; }

 protected:
  std::size_t depth_ = 0;

 private:
  std::deque<T> q_;
  std::string name_;
  std::size_t high_ = 0;
};

template <typename T, int DEPTH>
class stream : public stream<T, 0> {
  static_assert(DEPTH > 0, "stream depth must be positive (0 = unbounded)");

 public:
  stream() { this->depth_ = DEPTH; }
  explicit stream(const char* name) : stream<T, 0>(name) { this->depth_ = DEPTH; }
};

}  // namespace hls
