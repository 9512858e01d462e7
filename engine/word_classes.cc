#include "engine/word_classes.h"

#include "pipeline/strings.h"

namespace casus {

const std::vector<WordClassInfo>& RequiredWordClasses() {
  static const auto* table = new std::vector<WordClassInfo>{
#define CASUS_WORD_CLASS_INFO(name, file, what) {#name, file, what},
      CASUS_WORD_CLASSES(CASUS_WORD_CLASS_INFO)
#undef CASUS_WORD_CLASS_INFO
  };
  return *table;
}

absl::StatusOr<WordClasses> WordClasses::Resolve(const Lexicon& lexicon) {
  WordClasses wc;
  std::string missing;
  auto find = [&](int* field, std::string_view name, std::string_view file,
                  std::string_view what) {
    *field = lexicon.FindClass(name);
    if (*field >= 0) return;
    if (!missing.empty()) missing.push_back('\n');
    StrAppend(&missing, "rules/lexicon/", file, ": word class '", name,
              "' is missing; the code reads it (", what, ")");
  };
#define CASUS_WORD_CLASS_FIND(name, file, what) find(&wc.name, #name, file, what);
  CASUS_WORD_CLASSES(CASUS_WORD_CLASS_FIND)
#undef CASUS_WORD_CLASS_FIND
  if (!missing.empty()) return absl::InvalidArgumentError(missing);
  return wc;
}

}  // namespace casus
