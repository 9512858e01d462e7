// IdSet: the document ids a run has seen, compared exactly, in little
// memory: each id's bytes and input position packed in one arena, found
// through an open-addressing table of 8-byte slots (at most 3/4 full): 11 to
// 21 bytes of table and 3 to 6 of arena beside the id's bytes per id; the
// peak when the table or arena grows is about 40 bytes per id like
// "d1234567" (431 MB for 10 million in docs/format.md).
//
//   IdSet seen;
//   if (auto first = seen.Insert(doc.id, position)) Fail(*first);
//
// Thread-compatible. Never fails (memory permitting).
#ifndef CASUS_TOOLS_ID_SET_H_
#define CASUS_TOOLS_ID_SET_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casus {

class IdSet {
 public:
  IdSet();
  // Adds `id` first seen at input `position`. When the id was there
  // already, returns the position it was first seen at and changes nothing.
  std::optional<uint64_t> Insert(std::string_view id, uint64_t position);
  size_t size() const { return size_; }
  // Bytes held (table and arena), for tests and the docs.
  size_t memory() const { return slots_.capacity() * 8 + arena_.capacity(); }

 private:
  static uint64_t Hash(std::string_view id);
  // The id and position stored at arena offset `at`.
  std::string_view IdAt(uint64_t at, uint64_t* position) const;
  void Grow();

  // A slot: 0 when empty, else (tag << 40) | (arena offset + 1); the tag is
  // the top 24 bits of the id's hash.
  std::vector<uint64_t> slots_;
  std::string arena_;  // per id: varint length, bytes, varint position
  size_t size_ = 0;
};

}  // namespace casus

#endif  // CASUS_TOOLS_ID_SET_H_
