// Importers: real annotated data converted to Casus documents and gold, so
// `casus eval` scores it like any corpus.
//
// - Causal News Corpus (CSV with a byte-order mark): subtask 1 rows
//   `index,text,label` give one document per sentence and its causal label;
//   subtask 2 "grouped" rows give the <ARG0>cause</ARG0> <ARG1>effect</ARG1>
//   <SIG0>signal</SIG0> markup of each relation, converted to claim spans
//   (relation CAUSE: the corpus has no polarity; score with --relation any).
// - IOB2 CoNLL files (CrossNER): one document per sentence, tokens joined by
//   single spaces, entity types mapped through a map file.
//
//   CASUS_ASSIGN_OR_RETURN(CncCorpus c, ImportCnc(subtask1_csv, grouped_csv));
//
// Pure functions over file contents; thread-safe.
#ifndef CASUS_EVAL_IMPORTERS_H_
#define CASUS_EVAL_IMPORTERS_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "eval/eval_data.h"

namespace casus::eval {

// Parses RFC 4180 CSV (a leading byte-order mark is skipped). Errors:
// "NAME:LINE: message".
absl::StatusOr<std::vector<std::vector<std::string>>> ParseCsv(
    std::string_view contents, const std::string& name);

// Parses a Python list literal of strings ("['a', \"b'c\"]"), with the
// escapes Python writes (\\ \' \" \n \t \xHH \uHHHH \UHHHHHHHH).
absl::StatusOr<std::vector<std::string>> ParsePythonStringList(
    std::string_view literal);

// A CNC relation in inline markup -> a claim over `text` (code points).
// Fails when the markup without tags is not `text` (spaces collapsed).
absl::StatusOr<EvalClaim> CncMarkupToClaim(std::string_view markup,
                                           std::string_view text);

struct ImportedDoc {
  std::string id;
  std::string text;
};

struct ImportedCorpus {
  std::vector<ImportedDoc> docs;
  std::vector<EvalDoc> gold;  // empty when the data has no labels
  std::vector<std::string> warnings;
};

// `subtask1`: index,text[,label]. `grouped` (optional, may be empty):
// train_subtask2_grouped.csv contents, whose relations become claims.
absl::StatusOr<ImportedCorpus> ImportCnc(std::string_view subtask1,
                                         const std::string& subtask1_name,
                                         std::string_view grouped,
                                         const std::string& grouped_name);

// `map`: lines "their_type: OUR_TYPE" (or "-" to drop), '#' comments.
absl::StatusOr<ImportedCorpus> ImportConll(std::string_view conll,
                                           const std::string& name,
                                           std::string_view map,
                                           const std::string& map_name,
                                           const std::string& id_prefix);

// True when `id` falls in the held-out share (a stable hash of the id, so
// the same ids are held out on every machine). percent in [0, 100].
bool InHoldout(std::string_view id, int percent);

}  // namespace casus::eval

#endif  // CASUS_EVAL_IMPORTERS_H_
