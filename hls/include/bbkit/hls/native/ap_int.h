// SPDX-License-Identifier: Apache-2.0
// Native model of Vitis HLS ap_int<W> / ap_uint<W> for C simulation without Vitis headers.
//
// Scope: 1 <= W <= 64. bbkit kernels carry wide data as arrays of narrow lanes, so nothing wider
// is needed; a wider type fails to compile here (static_assert) rather than behave differently.
// Semantics follow Vitis's defaults (AP_TRN, AP_WRAP): every assignment keeps the low W bits and
// sign-extends when signed. Arithmetic and comparisons go through a 64-bit integer, which is the
// exact result Vitis computes in its widened result type as long as that type fits in 64 bits
// (true for every expression in the kernels). Like Vitis, ~ and << / >> keep the operand's type
// and width. Kernels make saturation explicit in code; no ap_fixed modes are modelled.
#pragma once

#include <cstdint>
#include <type_traits>

namespace bbkit_hls_native {

template <int W, bool S>
class ApIntBase {
  static_assert(W >= 1 && W <= 64, "bbkit native ap_int supports 1 <= W <= 64 (use arrays of lanes)");

 public:
  /// The 64-bit integer the value converts to: unsigned only for ap_uint<64>.
  using Value = std::conditional_t<(S || W < 64), long long, unsigned long long>;

  constexpr ApIntBase() = default;
  template <typename T, typename = std::enable_if_t<std::is_integral_v<T> || std::is_enum_v<T>>>
  constexpr ApIntBase(T v) : v_(wrap(static_cast<unsigned long long>(v))) {}  // NOLINT: implicit like Vitis
  template <int W2, bool S2>
  constexpr ApIntBase(const ApIntBase<W2, S2>& o) : v_(wrap(static_cast<unsigned long long>(o.value()))) {}  // NOLINT

  constexpr operator Value() const { return v_; }  // NOLINT: implicit like Vitis
  constexpr Value value() const { return v_; }

  int to_int() const { return static_cast<int>(v_); }
  unsigned to_uint() const { return static_cast<unsigned>(v_); }
  long long to_int64() const { return static_cast<long long>(v_); }
  unsigned long long to_uint64() const { return static_cast<unsigned long long>(v_); }
  bool to_bool() const { return v_ != 0; }
  static constexpr int length() { return W; }

  // Compound assignment: compute in 64 bits, then wrap to W bits.
  template <typename T> ApIntBase& operator+=(const T& o) { return *this = ApIntBase(v_ + as64(o)); }
  template <typename T> ApIntBase& operator-=(const T& o) { return *this = ApIntBase(v_ - as64(o)); }
  template <typename T> ApIntBase& operator*=(const T& o) { return *this = ApIntBase(v_ * as64(o)); }
  template <typename T> ApIntBase& operator&=(const T& o) { return *this = ApIntBase(v_ & as64(o)); }
  template <typename T> ApIntBase& operator|=(const T& o) { return *this = ApIntBase(v_ | as64(o)); }
  template <typename T> ApIntBase& operator^=(const T& o) { return *this = ApIntBase(v_ ^ as64(o)); }
  template <typename T> ApIntBase& operator<<=(const T& s) { return *this = *this << s; }
  template <typename T> ApIntBase& operator>>=(const T& s) { return *this = *this >> s; }
  ApIntBase& operator++() { return *this = ApIntBase(v_ + 1); }
  ApIntBase& operator--() { return *this = ApIntBase(v_ - 1); }
  ApIntBase operator++(int) { const ApIntBase old = *this; ++*this; return old; }
  ApIntBase operator--(int) { const ApIntBase old = *this; --*this; return old; }

  ApIntBase operator~() const { return ApIntBase(~static_cast<unsigned long long>(v_)); }
  template <typename T, typename = std::enable_if_t<std::is_integral_v<T>>>
  ApIntBase operator<<(T s) const { return s >= W ? ApIntBase(0) : ApIntBase(static_cast<unsigned long long>(v_) << s); }
  template <typename T, typename = std::enable_if_t<std::is_integral_v<T>>>
  ApIntBase operator>>(T s) const { return s >= W ? ApIntBase(v_ < 0 ? -1 : 0) : ApIntBase(v_ >> s); }
  template <int W2, bool S2> ApIntBase operator<<(const ApIntBase<W2, S2>& s) const { return *this << s.to_int(); }
  template <int W2, bool S2> ApIntBase operator>>(const ApIntBase<W2, S2>& s) const { return *this >> s.to_int(); }

  /// Bit i (0 = LSB), read.
  bool operator[](int i) const { return get_bit(i); }
  bool get_bit(int i) const { return ((static_cast<unsigned long long>(v_) >> i) & 1u) != 0; }
  void set_bit(int i, bool b) {
    const unsigned long long m = 1ull << i;
    *this = ApIntBase(b ? (static_cast<unsigned long long>(v_) | m) : (static_cast<unsigned long long>(v_) & ~m));
  }

  /// Bit i as an assignable reference (a[i] = 1).
  class BitRef {
   public:
    BitRef(ApIntBase& p, int i) : p_(p), i_(i) {}
    operator bool() const { return p_.get_bit(i_); }  // NOLINT
    BitRef& operator=(bool b) { p_.set_bit(i_, b); return *this; }
    BitRef& operator=(const BitRef& o) { p_.set_bit(i_, static_cast<bool>(o)); return *this; }
   private:
    ApIntBase& p_;
    int i_;
  };
  BitRef operator[](int i) { return BitRef(*this, i); }

  /// Bits hi..lo (hi >= lo) as an unsigned number, read.
  unsigned long long range(int hi, int lo) const {
    const int n = hi - lo + 1;
    const unsigned long long u = static_cast<unsigned long long>(v_) >> lo;
    return n >= 64 ? u : (u & ((1ull << n) - 1));
  }
  /// Bits hi..lo as an assignable reference (a.range(7, 0) = b).
  class RangeRef {
   public:
    RangeRef(ApIntBase& p, int hi, int lo) : p_(p), hi_(hi), lo_(lo) {}
    operator unsigned long long() const { return static_cast<const ApIntBase&>(p_).range(hi_, lo_); }  // NOLINT
    template <typename T>
    RangeRef& operator=(const T& v) {
      const int n = hi_ - lo_ + 1;
      const unsigned long long field = n >= 64 ? ~0ull : ((1ull << n) - 1);
      const unsigned long long cur = static_cast<unsigned long long>(p_.value());
      p_ = ApIntBase((cur & ~(field << lo_)) | ((static_cast<unsigned long long>(as64(v)) & field) << lo_));
      return *this;
    }
   private:
    ApIntBase& p_;
    int hi_, lo_;
  };
  RangeRef range(int hi, int lo) { return RangeRef(*this, hi, lo); }

 private:
  template <typename T>
  static constexpr long long as64(const T& o) { return static_cast<long long>(o); }
  static constexpr Value wrap(unsigned long long bits) {
    if constexpr (W == 64) {
      return static_cast<Value>(bits);
    } else {
      const unsigned long long mask = (1ull << W) - 1;
      const unsigned long long low = bits & mask;
      if (S && ((low >> (W - 1)) & 1u)) return static_cast<Value>(static_cast<long long>(low | ~mask));
      return static_cast<Value>(low);
    }
  }
  Value v_ = 0;
};

}  // namespace bbkit_hls_native

/// Signed W-bit integer (two's complement, wraps on assignment).
template <int W>
using ap_int = bbkit_hls_native::ApIntBase<W, true>;
/// Unsigned W-bit integer (wraps on assignment).
template <int W>
using ap_uint = bbkit_hls_native::ApIntBase<W, false>;
