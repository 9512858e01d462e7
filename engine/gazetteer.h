// Gazetteer: the names in rules/entities/*.gaz compiled into a trie over
// word ids, matched over token runs. Format and case rules: docs/rules.md,
// "Gazetteers".
//
//   CASUS_ASSIGN_OR_RETURN(auto gaz, Gazetteer::Load(files, abbreviations, &lexb));
//   std::vector<Gazetteer::Match> found;
//   gaz->FindAll(doc, first_token, end_token, &found);
//
// Load() rejects unknown types, bad norms, a norm outside a `norms:` list,
// and an alias mapped to two norms, as FILE:LINE:COLUMN errors, one line per
// broken line (after an unknown type, its entries are skipped). Immutable
// after Load(); FindAll is thread-safe.
#ifndef CASUS_ENGINE_GAZETTEER_H_
#define CASUS_ENGINE_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "pipeline/document.h"
#include "pipeline/rule_files.h"
#include "engine/lexicon.h"
#include "engine/word_bits.h"
#include "engine/rule_example.h"
#include "engine/abbreviations.h"
#include "engine/scanner.h"

namespace casus {

class Gazetteer {
 public:
  struct Entry {
    std::optional<EntityType> type;  // nullopt: a NONE name (swallows only)
    std::string norm;
    std::string path;
    int line = 0;
  };
  struct Alias {
    uint32_t entry = 0;
    bool exact = false;               // '!': exact case, no headline form
    std::string text;                 // the alias as written (without '!')
    std::vector<std::string> tokens;  // the alias's token texts
  };
  struct Match {
    uint32_t begin = 0;  // token indices, [begin, end)
    uint32_t end = 0;
    uint32_t alias = 0;
  };

  static absl::StatusOr<std::unique_ptr<Gazetteer>> Load(
      const RuleFiles& files, const Abbreviations& abbreviations,
      LexiconBuilder* lexicon);
  static absl::StatusOr<std::unique_ptr<Gazetteer>> Parse(
      const std::vector<RuleFile>& files, const Abbreviations& abbreviations,
      LexiconBuilder* lexicon);

  // Appends every alias match that lies within tokens [first, end) of doc.
  // REQUIRES: doc.word_ids filled (tag stage).
  void FindAll(const Document& doc, uint32_t first, uint32_t end,
               std::vector<Match>* out) const;

  const Entry& entry(uint32_t i) const { return entries_[i]; }
  const Alias& alias(uint32_t i) const { return aliases_[i]; }
  size_t num_entries() const { return entries_.size(); }
  size_t num_aliases() const { return aliases_.size(); }
  const std::vector<RuleExample>& examples() const { return examples_; }

 private:
  // One "NORM: alias | alias" line (`colon` at the ':') of a type.
  absl::Status ParseEntry(const RuleFile& file, const RuleLine& line, size_t colon,
                          std::optional<EntityType> type, const std::vector<std::string>& allowed,
                          const Abbreviations& abbreviations, LexiconBuilder* lexicon);
  absl::Status ParseFile(const RuleFile& file, const Abbreviations& abbreviations,
                         LexiconBuilder* lexicon);
  absl::Status AddAlias(const RuleFile& file, int line, int column,
                        uint32_t entry, std::string_view alias,
                        const Abbreviations& abbreviations, LexiconBuilder* lexicon);
  bool CaseMatches(const Alias& a, const Document& doc, uint32_t first) const;

  std::vector<Entry> entries_;
  std::vector<Alias> aliases_;
  // Trie: edge key (node << 32 | word id) -> child node; node 0 is the root.
  absl::flat_hash_map<uint64_t, uint32_t> edges_;
  std::vector<std::vector<uint32_t>> terminals_;  // by node: alias indices
  // By word id: set when some alias starts with the word (most tokens are
  // rejected with one load, before any hash lookup).
  WordBits starts_;
  // By word id: set when the word is the second or a later word of some
  // alias, so a match that cannot go on stops before the hash lookup.
  WordBits continues_;
  // Exact alias text -> first alias index, to reject a second norm.
  StringMap<uint32_t> alias_text_;
  std::vector<RuleExample> examples_;
};

}  // namespace casus

#endif  // CASUS_ENGINE_GAZETTEER_H_
