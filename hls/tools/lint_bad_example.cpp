// SPDX-License-Identifier: Apache-2.0
// Deliberately NOT synthesizable: one instance of each construct bbkit_hls_lint.py must flag.
// Each offending line carries '// lint-expect: <rule>'; the lint test fails if any is missed
// or anything else is flagged. Never built, only parsed.
#include <cstdlib>
#include <string>
#include <vector>

namespace bad {

struct Shape {
  virtual int area() const { return 0; }  // lint-expect: virtual
  virtual ~Shape() = default;
};

int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }  // lint-expect: recursion

int ping(int n);
int pong(int n) { return n > 0 ? ping(n - 1) : 0; }  // lint-expect: recursion
int ping(int n) { return n > 0 ? pong(n - 1) : 1; }  // lint-expect: recursion

int heap_and_containers(int n) {
  int* p = new int[16];                  // lint-expect: heap
  delete[] p;                            // lint-expect: heap
  void* q = std::malloc(64);             // lint-expect: heap
  std::free(q);                          // lint-expect: heap
  std::vector<int> v(8, n);              // lint-expect: std-container
  std::string name = "kernel";           // lint-expect: std-container
  return v[0] + static_cast<int>(name.size());
}

int exceptions(int n) {
  try {                                  // lint-expect: exception
    if (n < 0) throw n;                  // lint-expect: exception
  } catch (int) {
    return -1;
  }
  return n;
}

int loops(int n, const int* data) {
  int s = 0;
  for (int i = 0; i < n; ++i) s += data[i];  // lint-expect: loop-bound
  for (int i = 0; i < n; ++i) {
#pragma HLS LOOP_TRIPCOUNT max = 64
    s += data[i];  // fine: trip count declared
  }
  constexpr int kMax = 64;
  for (int i = 0; i < kMax; ++i) {  // fine: constant bound with an early break
    if (i >= n) break;
    s += data[i];
  }
  while (s > 100) s -= 3;                // lint-expect: loop-bound
  return s;
}

int big_stack(int n) {
  int scratch[100000];                   // lint-expect: local-array
  static int memory[100000];             // fine: static storage
  scratch[0] = n;
  memory[0] = scratch[0];
  return memory[0];
}

}  // namespace bad
