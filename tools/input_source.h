// InputSource: the documents named on a command line, streamed one at a
// time (FORMAT.md "Input documents").
//
// - a text file (.txt, .md, or any other non-JSON-Lines file): one document,
//   id = its path relative to the folder given, without the extension (a file
//   named directly: its name without the extension);
// - a .jsonl file: one document per line, {"id": ..., "text": ...}, other
//   fields carried as metadata; blank lines are skipped;
// - a folder: every .txt, .md and .jsonl file below it, in sorted path
//   order; *.gold.jsonl files and hidden entries are not inputs;
// - "-": JSON Lines on standard input.
//
// Nothing is lost: a missing or unreadable file, a binary file, an empty
// document, a malformed, too deeply nested or duplicate JSON line, and a read
// error in a JSON Lines stream (standard input included) each yields a
// Document with `error` set (and `origin` = "FILE" or "FILE:LINE"), so every
// input appears in the output. Memory is bounded by the largest document, never the
// corpus: folders are listed up front (paths only) and files read lazily.
#ifndef CASUS_TOOLS_INPUT_SOURCE_H_
#define CASUS_TOOLS_INPUT_SOURCE_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <atomic>

#include "pipeline/runner.h"
#include "tools/id_set.h"
#include "tools/jsonl_record.h"

namespace casus {

struct InputOptions {
  uint64_t max_document_bytes = 64ull << 20;  // larger documents fail
  // Produce only documents [skip, end) of the input, in input order (for
  // --resume and --range). Documents before `skip` still count for duplicate
  // ids; text files among them are not read.
  uint64_t skip = 0;
  uint64_t end = UINT64_MAX;
  // Duplicate ids fail (the later document). The check keeps every id:
  // about 20 bytes plus the id per document (IdSet). Off: memory stays flat
  // however many documents stream through, and ids are not compared.
  bool check_ids = true;
};

class InputSource : public DocumentSource {
 public:
  // Walks folders lazily, one directory listing at a time, in the order of
  // a sort of the whole tree's relative paths (memory grows with the
  // largest directory, not with the tree). Never fails: problems become
  // error documents when reached.
  InputSource(std::vector<std::string> paths, InputOptions options);
  ~InputSource() override;

  bool Next(Document* doc) override;

  // How many documents Next() has produced (including skipped ones).
  uint64_t produced() const { return produced_; }
  // True when a JSON Lines stream that is not a regular file (a pipe,
  // standard input) has handed out everything read so far, so the next
  // document needs a read that may wait: the moment to flush output a
  // coprocess waits for. Safe to call from any thread.
  bool Drained() const { return drained_.load(std::memory_order_acquire); }
  // Counts every document of the input without processing any (reads JSON
  // Lines, not text files). Use on a fresh source.
  uint64_t CountAll();
  // Input bytes taken so far: each text file read (by its size) and each
  // JSON line taken (with its newline), for a progress estimate against
  // InputBytes().
  // Safe to call from any thread.
  uint64_t consumed_bytes() const { return consumed_.load(std::memory_order_relaxed); }

 private:
  struct Item {
    std::string path;     // file system path, or "-" for stdin
    std::string id;       // document id for a text file
    std::string missing;  // non-empty: error to report instead of reading
    bool folder = false;  // a folder argument, walked when reached
  };
  // One open directory of a folder walk: its input files and
  // subdirectories, sorted as their relative paths sort.
  struct Level {
    std::string dir;  // file system path, no trailing '/'
    std::string rel;  // relative to the walked folder, "" or ending in '/'
    std::vector<std::pair<std::string, bool>> entries;  // name, is folder
    size_t next = 0;
  };
  // Lists `dir` into a new level; false (and `*error`) when unreadable.
  bool PushLevel(std::string dir, std::string rel, std::string* error);
  // The next item of the folder walk in progress; false when it is done.
  bool NextInFolder(Item* item);
  bool NextRaw(Document* doc);
  void ReadTextFile(const Item& item, Document* doc);
  bool NextJsonLine(Document* doc);

  InputOptions options_;
  std::vector<Item> items_;
  size_t next_item_ = 0;
  std::vector<Level> walk_;  // the folder walk in progress, root first
  Item current_;
  uint64_t produced_ = 0;

  // The JSON Lines file being read, if any (-1: none).
  int jsonl_fd_ = -1;
  bool jsonl_is_stdin_ = false;
  std::string jsonl_path_;
  std::string jsonl_stem_;
  uint64_t jsonl_line_ = 0;
  std::unique_ptr<char[]> buf_;
  size_t buf_pos_ = 0, buf_len_ = 0;
  bool buf_eof_ = false;
  bool jsonl_streaming_ = false;  // a pipe or terminal, not a regular file
  std::atomic<bool> drained_{false};
  std::atomic<uint64_t> consumed_{0};

  IdSet seen_ids_;  // with the input position of each id's first document
};

// The total size of the input files `paths` name, folders walked as
// InputSource walks them; 0 when it cannot be known up front: standard input
// ("-"), or a path that is neither a regular file nor a folder (a pipe).
// Missing files count 0.
uint64_t InputBytes(const std::vector<std::string>& paths);

// True for a file name a folder walk takes as input: .txt, .md, .jsonl, but
// not .gold.jsonl.
bool IsInputFileName(std::string_view name);

// True when the bytes look like a binary file (magic numbers, or many
// control bytes in the first 8 KiB); see docs/format.md.
bool LooksBinary(std::string_view head);

}  // namespace casus

#endif  // CASUS_TOOLS_INPUT_SOURCE_H_
