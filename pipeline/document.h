// The document model: one owning UTF-8 text and the layers stages add to it.
//
// Every layer is a vector of spans into Document::text (byte offsets,
// half-open). Spans survive moves and copies of the Document; nothing stores
// a string_view into the text. Output code (json_output.h) converts byte
// offsets to Unicode code points, which is what FORMAT.md specifies.
//
//   Document doc = Document::FromText("azizi-2019", text);
//   CASUS_RETURN_IF_ERROR(pipeline.Process(&doc));
//   for (const Entity& e : doc.entities) Use(doc.Text(e.span), e.norm);
//
// Copyable and movable; not thread-safe to mutate concurrently (each document
// is processed by one thread at a time).
#ifndef CASUS_PIPELINE_DOCUMENT_H_
#define CASUS_PIPELINE_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace casus {

// Byte span [begin, end) into Document::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool Overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
  friend bool operator==(const Span& a, const Span& b) {
    return a.begin == b.begin && a.end == b.end;
  }
  friend bool operator!=(const Span& a, const Span& b) { return !(a == b); }
  friend bool operator<(const Span& a, const Span& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  }
};

enum class TokenKind : uint8_t {
  kWord,     // letters (and digits) "Iran", "G7", "post"
  kNumber,   // "2,300" "3.5%" "9/11" "1990s" "2022–23"
  kAbbrev,   // word with its period: "U.S." "Dr." "e.g." "M."
  kClitic,   // "'s" "’s" "n't" "'" after a plural
  kHyphen,   // a hyphen joining two parts of a compound: "Iran-Russia"
  kPunct,    // . , ; : ! ? ( ) quotes, dashes, "..."
  kSymbol,   // anything else: "*" "$" "©" "@" U+FFFD
  kUrl,      // "https://example.org/a?b=c" "www.un.org"
  kEmail,    // "hr_azizi@sbu.ac.ir"
};

// Token flags (bit set).
enum TokenFlag : uint16_t {
  kSpaceBefore = 1 << 0,      // whitespace separates it from the previous token
  kNewlineBefore = 1 << 1,    // that whitespace holds at least one line break
  kBlankLineBefore = 1 << 2,  // ... at least two: a paragraph break
  kUpperInitial = 1 << 3,     // first letter is upper or title case
  kAllUpper = 1 << 4,         // has letters, none of them lower case
  kHasDigit = 1 << 5,
  kHasAlpha = 1 << 6,
  kNonAscii = 1 << 7,         // contains a byte >= 0x80
  kInCompound = 1 << 8,       // part of a hyphenated compound ("Iran-Russia")
  kSentenceFinal = 1 << 9,    // punctuation that can end a sentence (. ! ? …)
  kOpening = 1 << 10,         // opening bracket or quote
  kClosing = 1 << 11,         // closing bracket or quote
  kDash = 1 << 12,            // en dash, em dash, "--", spaced hyphen
};

struct Token {
  uint32_t begin = 0;
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  uint16_t flags = 0;

  bool Has(TokenFlag f) const { return (flags & f) != 0; }
  Span span() const { return {begin, end}; }
};

// A sentence is a run of tokens [token_begin, token_end). When a page break
// split it around a footnote (PDF extraction), the footnote's tokens
// [skip_begin, skip_end) lie inside the run but belong to other sentences;
// SentenceParts() gives the two halves. skip_begin == skip_end: no skip.
struct Sentence {
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
  uint32_t skip_begin = 0;
  uint32_t skip_end = 0;
  bool heading = false;  // a title or heading line without final punctuation

  bool HasSkip() const { return skip_begin < skip_end; }
};

// Coarse part of speech of a token in context (tag stage).
enum class Pos : uint8_t {
  kNoun,
  kPropn,  // capitalized name-like word
  kVerb,
  kAdj,
  kAdv,
  kDet,    // determiners, possessive determiners, quantifiers
  kPron,
  kPrep,
  kCconj,  // and, or, but
  kSconj,  // because, although, if, that (complementizer)
  kAux,    // be, have, do as auxiliaries
  kModal,
  kPart,   // infinitival "to", negation "not"
  kNum,
  kPunct,
  kSym,
  kOther,
};

enum class EntityType : uint8_t {
  kCountry,
  kCity,
  kRegion,
  kOrganization,
  kPerson,
  kIssue,
  kEvent,
};
inline constexpr int kNumEntityTypes = 7;

struct Entity {
  Span span;
  EntityType type = EntityType::kCountry;
  std::string norm;
  std::string rule;  // provenance: gazetteer file or pattern rule id
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
};

enum class Relation : uint8_t { kCause, kPrevent };
enum class Modality : uint8_t { kAsserted, kHedged, kHypothesis, kNegated };

// Where a cause or effect phrase grounds in the concept inventory
// (engine/concepts.h, docs/claims.md "Grounding"). node < 0: ungrounded,
// the phrase keeps its word-bag norm.
struct Grounding {
  int node = -1;                        // index into ConceptInventory::concepts()
  std::string concept_id;               // its id and label ("" when ungrounded)
  std::string label;
  std::string norm;                     // the phrase's part of the key
  int8_t direction = 0;                 // +1 up, -1 down, 0 none stated
  uint8_t score = 0;                    // confidence in hundredths, 0..100
  std::vector<std::string> qualifiers;  // entity norms in the phrase, sorted, unique
  bool names_nothing = false;           // a pronoun or deictic word alone: not grounded
  // A pronoun that stands for an earlier claim's phrase ("They" for
  // "Sanctions"): that phrase, whose grounding and norm this one carries
  // (names_nothing stays true: the pronoun itself names nothing).
  std::optional<Span> refers_to;
};

struct Claim {
  Span cause;
  Span trigger;
  Span effect;
  Relation relation = Relation::kCause;
  Modality modality = Modality::kAsserted;
  std::optional<Span> attribution;  // named source ("Waltz believes")
  std::string rule;                 // id of the rule that produced it
  std::string key;                  // normalized identity (claim normalizer)
  std::string cause_norm;           // canonical cause phrase
  std::string effect_norm;          // canonical effect phrase
  Grounding cause_ground;
  Grounding effect_ground;
  std::string concept_key;          // the key at concept level (claim normalizer)
  uint32_t sentence = 0;            // index into Document::sentences
  // False when the cause or the effect names nothing by itself (a pronoun
  // or deictic word: "It fuels unrest", "What drives growth is trade"):
  // the claim stays in its document's output and is left out of the claim
  // set, where "it -> instability" would merge unrelated claims.
  bool in_claim_set = true;
};

// Why a claim-rule candidate did or did not become a claim: the claim
// stage's trace, recorded when a document asks for it (casus explain).
struct ClaimTrace {
  std::string rule;
  uint32_t sentence = 0;
  Span match;
  Span trigger;
  std::string outcome;  // "claim", "lost to an overlapping trigger ...", "no cause phrase" ...
};

// A metadata field from the input record, kept as its raw JSON value text so
// it is carried to the output unchanged.
struct MetadataField {
  std::string name;
  std::string json_value;
};

// One or two token runs [first, second) of a sentence, held inline (no
// allocation: every stage asks for every sentence's parts).
class SentencePartList {
 public:
  using Part = std::pair<uint32_t, uint32_t>;
  SentencePartList(Part a) : parts_{a, Part{}}, n_(1) {}
  SentencePartList(Part a, Part b) : parts_{a, b}, n_(2) {}
  const Part* begin() const { return parts_; }
  const Part* end() const { return parts_ + n_; }
  size_t size() const { return n_; }

 private:
  Part parts_[2];
  size_t n_;
};

struct Document {
  std::string id;
  // Where the document came from, for messages: "corpus/a.txt",
  // "news.jsonl:12". May be empty.
  std::string origin;
  // Valid UTF-8. Bytes that were not valid UTF-8 in the input have been
  // replaced one for one by 0x1A (SUB), so byte offsets are those of the
  // input; see utf8.h.
  std::string text;
  std::vector<MetadataField> metadata;

  std::vector<Token> tokens;
  // Parallel to tokens: the lexicon's id of each token's lower-cased form
  // (0 = not a word any rule knows). Filled by the tag stage.
  std::vector<uint32_t> word_ids;
  // Parallel to tokens: part of speech in context (tag stage).
  std::vector<Pos> pos;
  std::vector<Sentence> sentences;
  std::vector<Entity> entities;  // sorted by span, never overlapping
  std::vector<Claim> claims;     // sorted by (trigger, cause, effect) offsets

  // Debugging: with trace_claims set before processing, the claim stage
  // records every candidate rule match and its fate in claim_trace.
  bool trace_claims = false;
  std::vector<ClaimTrace> claim_trace;

  std::vector<std::string> warnings;  // non-fatal problems, e.g. invalid UTF-8
  std::string error;                  // non-empty: the document failed

  // Builds a document; each invalid UTF-8 byte of `raw` becomes U+FFFD (one
  // warning when any was).
  static Document FromText(std::string id, std::string raw);

  std::string_view Text(Span s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
  std::string_view TokenText(uint32_t i) const {
    return Text(tokens[i].span());
  }
  // Byte span from the first to the last token of [token_begin, token_end).
  // REQUIRES: token_begin < token_end <= tokens.size().
  Span TokenSpan(uint32_t token_begin, uint32_t token_end) const {
    return {tokens[token_begin].begin, tokens[token_end - 1].end};
  }
  // The sentence's token runs, one or two (around a skipped footnote).
  SentencePartList SentenceParts(const Sentence& s) const;
  // Index of the sentence containing token i (outside any skip), or -1.
  int SentenceOfToken(uint32_t i) const;
  // Looks up a metadata field's raw JSON value; nullptr when absent.
  const std::string* Metadata(std::string_view name) const;
};

std::string_view EntityTypeName(EntityType t);  // "COUNTRY", ...
std::optional<EntityType> ParseEntityType(std::string_view name);
std::string_view RelationName(Relation r);  // "CAUSE", "PREVENT"
std::optional<Relation> ParseRelation(std::string_view name);
std::string_view ModalityName(Modality m);  // "ASSERTED", ...
std::optional<Modality> ParseModality(std::string_view name);
std::string_view PosName(Pos p);  // "NOUN", "PROPN", ... (Universal tags)
std::optional<Pos> ParsePos(std::string_view name);

}  // namespace casus

#endif  // CASUS_PIPELINE_DOCUMENT_H_
