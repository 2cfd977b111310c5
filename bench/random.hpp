#pragma once
// A small seeded generator (xoshiro256**, seeded by splitmix64). The standard distributions are
// not specified bit for bit, so the same seed could give another corpus with another standard
// library; this one gives the same corpus everywhere.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace parley::bench {

class Random {
 public:
  explicit Random(std::uint64_t seed) {
    for (auto& s : state_) s = splitmix(seed);
  }

  std::uint64_t next() {
    const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
  }

  // Uniform in [0, n); n > 0. The modulo bias is below 2^-40 for the sizes used here.
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  // Uniform in [lo, hi].
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::size_t>(hi - lo + 1))); }
  // Uniform in [0, 1).
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  bool chance(double p) { return unit() < p; }
  // Standard normal (Box-Muller).
  double normal() {
    const double u = 1.0 - unit();  // (0, 1]: log(0) is out
    return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * unit());
  }

  template <class T>
  const T& pick(const std::vector<T>& items) { return items[below(items.size())]; }

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  static std::uint64_t splitmix(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  std::uint64_t state_[4]{};
};

}  // namespace parley::bench
