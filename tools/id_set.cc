#include "tools/id_set.h"

namespace casus {
namespace {

constexpr uint64_t kOffsetMask = (uint64_t{1} << 40) - 1;

void AppendVarint(uint64_t v, std::string* out) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

uint64_t ReadVarint(const std::string& s, uint64_t* at) {
  uint64_t v = 0;
  for (int shift = 0;; shift += 7) {
    auto b = static_cast<unsigned char>(s[(*at)++]);
    v |= static_cast<uint64_t>(b & 0x7F) << shift;
    if ((b & 0x80) == 0) return v;
  }
}

}  // namespace

IdSet::IdSet() : slots_(1024, 0) {}

uint64_t IdSet::Hash(std::string_view id) {
  // FNV-1a, then a final mix so both the low bits (the home slot) and the
  // top bits (the tag) depend on every byte.
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : id) {
    h ^= c;
    h *= 1099511628211ull;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

std::string_view IdSet::IdAt(uint64_t at, uint64_t* position) const {
  uint64_t len = ReadVarint(arena_, &at);
  std::string_view id(arena_.data() + at, len);
  at += len;
  *position = ReadVarint(arena_, &at);
  return id;
}

std::optional<uint64_t> IdSet::Insert(std::string_view id, uint64_t position) {
  uint64_t h = Hash(id);
  uint64_t tag = h >> 40;
  size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  for (;; i = (i + 1) & mask) {
    uint64_t slot = slots_[i];
    if (slot == 0) break;
    if ((slot >> 40) != tag) continue;
    uint64_t first;
    if (IdAt((slot & kOffsetMask) - 1, &first) == id) return first;
  }
  uint64_t at = arena_.size();
  AppendVarint(id.size(), &arena_);
  arena_.append(id);
  AppendVarint(position, &arena_);
  slots_[i] = (tag << 40) | (at + 1);
  if (++size_ * 4 > slots_.size() * 3) Grow();
  return std::nullopt;
}

void IdSet::Grow() {
  std::vector<uint64_t> old = std::move(slots_);
  slots_.assign(old.size() * 2, 0);
  size_t mask = slots_.size() - 1;
  for (uint64_t slot : old) {
    if (slot == 0) continue;
    uint64_t position;
    uint64_t h = Hash(IdAt((slot & kOffsetMask) - 1, &position));
    size_t i = h & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

}  // namespace casus
