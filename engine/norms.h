// Norm helpers: ASCII folding and snake_case, as ANNOTATION.md wants for
// every non-COUNTRY norm ("Erdoğan" -> "erdogan", "Shahid Beheshti
// University" -> "shahid_beheshti_university").
//
// Thread-safe (ICU's NFD normalizer instance is immutable).
#ifndef CASUS_ENGINE_NORMS_H_
#define CASUS_ENGINE_NORMS_H_

#include <string>
#include <string_view>

namespace casus {

// Decomposes (NFD), drops combining marks, maps the few letters that do not
// decompose (ø ß ł đ æ œ ı þ) and drops whatever is still not ASCII.
std::string AsciiFold(std::string_view text);

// ASCII-folded, lower case, every run of other characters one '_', no '_'
// at either end. "al-Qaeda" -> "al_qaeda"; "9/11" -> "9_11".
std::string SnakeCase(std::string_view text);

}  // namespace casus

#endif  // CASUS_ENGINE_NORMS_H_
