#include "engine/scanner.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <string>

#include "engine/char_class.h"
#include "pipeline/utf8.h"

namespace casus {
namespace {

using namespace chars;  // NOLINT: the scanner speaks in character classes

// One pass over the text. Holds the state of the token being built.
class Scanner {
 public:
  Scanner(std::string_view text, const Abbreviations& abbrevs,
          std::vector<Token>* out)
      : s_(text), n_(text.size()), abbrevs_(abbrevs), out_(out) {}

  void Run() {
    size_t i = 0;
    while (i < n_) {
      unsigned char c = static_cast<unsigned char>(s_[i]);
      int len = 1;
      uint8_t k = c < 0x80 ? kAscii[c] : static_cast<uint8_t>(Class(i, &len));
      switch (k) {
        case kSpace:
          pending_ |= kSpaceBefore;
          i += len;
          break;
        case kNewline:
          // "\r\n" counts once: '\r' is a space, '\n' the line break.
          ++newlines_;
          pending_ |= kSpaceBefore | kNewlineBefore;
          if (newlines_ >= 2) pending_ |= kBlankLineBefore;
          i += len;
          break;
        case kUpper:
        case kLower:
        case kLetter:
          i = ScanWord(i);
          break;
        case kDigit:
          i = ScanNumber(i);
          break;
        default:
          i = ScanPunct(i, k, len);
          break;
      }
    }
  }

 private:
  uint8_t Class(size_t i, int* len) const {
    char32_t cp = DecodeUtf8At(s_, i, len);
    return ClassifyNonAscii(cp);
  }
  uint8_t ClassAt(size_t i, int* len) const {
    unsigned char c = static_cast<unsigned char>(s_[i]);
    if (c < 0x80) {
      *len = 1;
      return kAscii[c];
    }
    return Class(i, len);
  }
  uint8_t ClassAt(size_t i) const {
    int len;
    return i < n_ ? ClassAt(i, &len) : static_cast<uint8_t>(kSpace);
  }

  void Emit(size_t begin, size_t end, TokenKind kind, uint16_t flags) {
    Token t;
    t.begin = static_cast<uint32_t>(begin);
    t.end = static_cast<uint32_t>(end);
    t.kind = kind;
    t.flags = flags | pending_;
    if (join_next_) {
      t.flags |= kInCompound;
      join_next_ = false;
    }
    out_->push_back(t);
    pending_ = 0;
    newlines_ = 0;
  }

#if defined(__SSE2__)
  // Bit k set when byte k of v is in [lo, lo + count): a signed compare
  // after a shift by 128.
  static unsigned RangeMask(__m128i v, char lo, int count) {
    const __m128i x = _mm_add_epi8(_mm_sub_epi8(v, _mm_set1_epi8(lo)), _mm_set1_epi8(-128));
    return static_cast<unsigned>(
        _mm_movemask_epi8(_mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(-128 + count)))));
  }
#endif
  // Shape flags of an ASCII word from its masks of upper-case letters,
  // lower-case letters and digits (bit k: byte k of the word).
  static uint16_t FlagsOfMasks(unsigned upper, unsigned lower, unsigned digit) {
    uint16_t f = 0;
    if (digit) f |= kHasDigit;
    if (upper | lower) {
      f |= kHasAlpha;
      if (!lower) f |= kAllUpper;
      // The first letter is upper case when the lowest letter bit is.
      const unsigned letters = upper | lower;
      if (upper & letters & (0u - letters)) f |= kUpperInitial;
    }
    return f;
  }

  // Flags describing the letters of s_[begin, end).
  uint16_t ShapeFlags(size_t begin, size_t end) const {
    if (begin == memo_begin_ && end == memo_end_) return memo_flags_;
#if defined(__SSE2__)
    // Up to 16 bytes inside the text at once: masks of upper-case letters,
    // lower-case letters, digits and non-ASCII bytes over the word.
    if (end - begin <= 16 && begin + 16 <= n_) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s_.data() + begin));
      const unsigned inside = (1u << (end - begin)) - 1;
      const unsigned high = static_cast<unsigned>(_mm_movemask_epi8(v)) & inside;
      if (high == 0) {
        return FlagsOfMasks(RangeMask(v, 'A', 26) & inside, RangeMask(v, 'a', 26) & inside,
                            RangeMask(v, '0', 10) & inside);
      }
    }
#endif
    // ASCII fast path: one table load per byte, no per-character calls.
    {
      uint8_t bits = 0, first = 0;
      size_t i = begin;
      for (; i < end; ++i) {
        unsigned char c = static_cast<unsigned char>(s_[i]);
        if (c >= 0x80) break;
        uint8_t b = kShapeBits[c];
        if (first == 0 && (b & (kBitUpper | kBitLower))) first = b;
        bits |= b;
      }
      if (i == end) {
        uint16_t f = 0;
        if (bits & kBitDigit) f |= kHasDigit;
        if (bits & (kBitUpper | kBitLower)) {
          f |= kHasAlpha;
          if (!(bits & kBitLower)) f |= kAllUpper;
          if (first & kBitUpper) f |= kUpperInitial;
        }
        return f;
      }
    }
    uint16_t f = 0;
    bool first_letter = true, any_lower = false, any_letter = false;
    size_t i = begin;
    while (i < end) {
      int len;
      uint8_t k = ClassAt(i, &len);
      if (len > 1 || static_cast<unsigned char>(s_[i]) >= 0x80) f |= kNonAscii;
      if (k == kDigit) f |= kHasDigit;
      if (k == kUpper || k == kLower || k == kLetter) {
        any_letter = true;
        if (k == kLower) any_lower = true;
        if (first_letter && k == kUpper) f |= kUpperInitial;
        first_letter = false;
      }
      i += len;
    }
    if (any_letter) {
      f |= kHasAlpha;
      if (!any_lower) f |= kAllUpper;
    }
    return f;
  }

  // WordRunEnd(start) for the first run of a word. When the run is ASCII
  // and ends inside the sixteen bytes from `start` at an ASCII byte (most
  // words), its shape flags come from the same load and are kept for
  // ShapeFlags, which would otherwise read the bytes again.
  size_t FirstRunEnd(size_t start) {
#if defined(__SSE2__)
    if (start + 16 <= n_) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s_.data() + start));
      const unsigned upper = RangeMask(v, 'A', 26), lower = RangeMask(v, 'a', 26),
                     digit = RangeMask(v, '0', 10);
      const unsigned word = upper | lower | digit;
      if (word != 0xFFFF) {
        const unsigned len = static_cast<unsigned>(__builtin_ctz(~word));
        const unsigned char next = static_cast<unsigned char>(s_[start + len]);
        // Where WordRunEnd's byte loop stops too: an ASCII byte of no word
        // class (kAscii may count bytes beyond [A-Za-z0-9] as letters).
        if (len > 0 && next < 0x80 && kAscii[next] != kUpper && kAscii[next] != kLower &&
            kAscii[next] != kDigit) {
          const unsigned inside = (1u << len) - 1;
          memo_begin_ = start;
          memo_end_ = start + len;
          memo_flags_ = FlagsOfMasks(upper & inside, lower & inside, digit & inside);
          return start + len;
        }
      }
    }
#endif
    return WordRunEnd(start);
  }

  // End of the run of word characters starting at i (joiners inside count).
  size_t WordRunEnd(size_t i) const {
#if defined(__SSE2__)
    // Sixteen bytes at a time while they are all ASCII letters or digits;
    // the scalar loop below takes over at the first other byte.
    const __m128i k20 = _mm_set1_epi8(0x20), ka = _mm_set1_epi8('a'),
                  k0 = _mm_set1_epi8('0'), bias = _mm_set1_epi8(-128),
                  lim26 = _mm_set1_epi8(-128 + 26), lim10 = _mm_set1_epi8(-128 + 10);
    while (i + 16 <= n_) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s_.data() + i));
      // Unsigned x < n as a signed compare of x - 128 against n - 128.
      __m128i letter = _mm_cmplt_epi8(
          _mm_add_epi8(_mm_sub_epi8(_mm_or_si128(v, k20), ka), bias), lim26);
      __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(_mm_sub_epi8(v, k0), bias), lim10);
      unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letter, digit)));
      if (mask == 0xFFFF) {
        i += 16;
        continue;
      }
      i += static_cast<size_t>(__builtin_ctz(~mask));
      break;
    }
#endif
    while (i < n_) {
      unsigned char c = static_cast<unsigned char>(s_[i]);
      if (c < 0x80) {
        uint8_t k = kAscii[c];
        if (k == kUpper || k == kLower || k == kDigit) {
          ++i;
          continue;
        }
        break;
      }
      int len;
      uint8_t k = Class(i, &len);
      if (IsWordClass(k)) {
        i += len;
      } else if (k == kJoiner && i + len < n_ && IsWordClass(ClassAt(i + len))) {
        i += len;
      } else {
        break;
      }
    }
    return i;
  }

  // Length of an apostrophe at i (1 for ', 3 for ’), else 0.
  size_t AposLen(size_t i) const {
    if (i >= n_) return 0;
    // Byte tests, not string compares: this runs after every word.
    unsigned char c = static_cast<unsigned char>(s_[i]);
    if (c == '\'') return 1;
    if (c == 0xE2 && i + 2 < n_ && static_cast<unsigned char>(s_[i + 1]) == 0x80 &&
        static_cast<unsigned char>(s_[i + 2]) == 0x99) {
      return 3;
    }
    return 0;
  }

  static bool EqualsLower(std::string_view a, std::string_view lower) {
    if (a.size() != lower.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      char c = a[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != lower[i]) return false;
    }
    return true;
  }

  size_t ScanWord(size_t start) {
    size_t end = FirstRunEnd(start);
    std::string_view word = s_.substr(start, end - start);
    char next = end < n_ ? s_[end] : '\0';

    // URLs and e-mail addresses.
    if ((next == ':' && (EqualsLower(word, "http") ||
                         EqualsLower(word, "https") ||
                         EqualsLower(word, "ftp")) &&
         s_.compare(end, 3, "://") == 0) ||
        (next == '.' && EqualsLower(word, "www"))) {
      return EmitUrl(start);
    }
    if (next == '@' || next == '.' || next == '-' || next == '+') {
      size_t e = EmailEnd(start);
      if (e > 0) {
        Emit(start, e, TokenKind::kEmail, ShapeFlags(start, e));
        return e;
      }
    }

    // Apostrophes: clitics split off, name-internal ones join.
    while (size_t al = AposLen(end)) {
      size_t after = end + al;
      size_t suffix_end = after;
      while (suffix_end < n_ && IsAsciiAlpha(s_[suffix_end])) ++suffix_end;
      std::string_view suffix = s_.substr(after, suffix_end - after);
      bool suffix_alone = suffix_end >= n_ || !IsWordClass(ClassAt(suffix_end));
      if (!suffix.empty() && suffix_alone &&
          (EqualsLower(suffix, "s") || EqualsLower(suffix, "re") ||
           EqualsLower(suffix, "ve") || EqualsLower(suffix, "ll") ||
           EqualsLower(suffix, "d") || EqualsLower(suffix, "m"))) {
        EmitWord(start, end);
        Emit(end, suffix_end, TokenKind::kClitic, ShapeFlags(end, suffix_end));
        return suffix_end;
      }
      if (EqualsLower(suffix, "t") && suffix_alone && end - start >= 2 &&
          (s_[end - 1] == 'n' || s_[end - 1] == 'N')) {
        EmitWord(start, end - 1);
        Emit(end - 1, suffix_end, TokenKind::kClitic,
             ShapeFlags(end - 1, suffix_end));
        return suffix_end;
      }
      if (after < n_ && IsWordClass(ClassAt(after))) {
        end = WordRunEnd(after);  // O'Brien, Shi'ite
        continue;
      }
      // A bare apostrophe after a plural: "countries'".
      if (end > start && (s_[end - 1] == 's' || s_[end - 1] == 'S') &&
          suffix.empty() && (after >= n_ || !IsWordClass(ClassAt(after)))) {
        EmitWord(start, end);
        Emit(end, after, TokenKind::kClitic, 0);
        return after;
      }
      break;
    }
    word = s_.substr(start, end - start);
    next = end < n_ ? s_[end] : '\0';

    if (next == '.') {
      size_t abbr_end = AbbreviationEnd(start, end);
      if (abbr_end > 0) {
        Emit(start, abbr_end, TokenKind::kAbbrev, ShapeFlags(start, abbr_end));
        MaybeJoin(abbr_end);
        return abbr_end;
      }
    }
    EmitWord(start, end);
    MaybeJoin(end);
    return end;
  }

  void EmitWord(size_t start, size_t end) {
    uint16_t f = ShapeFlags(start, end);
    TokenKind kind = TokenKind::kWord;
    if ((f & kHasDigit) && IsAsciiDigit(s_[start])) kind = TokenKind::kNumber;
    Emit(start, end, kind, f);
  }

  // When the token just emitted is followed, with no space, by a hyphen and
  // another word character, marks it as a compound part; the hyphen itself
  // is emitted by ScanPunct and flags the next part.
  void MaybeJoin(size_t end) {
    if (end >= n_) return;
    int len;
    uint8_t k = ClassAt(end, &len);
    if ((k == kHyphenC || k == kEnDash) && end + len < n_ &&
        IsWordClass(ClassAt(end + len))) {
      out_->back().flags |= kInCompound;
    }
  }

  // [start, word_end) is a word followed by '.'. Returns the end of the
  // abbreviation token (after its last period) or 0.
  size_t AbbreviationEnd(size_t start, size_t word_end) const {
    // Candidate ends: after each period of a run "w.w.w." of ASCII letters.
    size_t cands[8];
    int nc = 0;
    size_t i = word_end;
    bool single_letters = (word_end - start == 1) && IsAsciiAlpha(s_[start]);
    while (i < n_ && s_[i] == '.' && nc < 8) {
      cands[nc++] = i + 1;
      size_t j = i + 1;
      while (j < n_ && IsAsciiAlpha(s_[j])) ++j;
      if (j == i + 1 || j >= n_ || s_[j] != '.') break;
      if (j - (i + 1) != 1) single_letters = false;
      i = j;
    }
    for (int c = nc - 1; c >= 0; --c) {
      size_t e = cands[c];
      // The token must not run into a following word or number ("U.S.A"
      // handled by the last period; "3.5" never reaches here).
      if (e < n_ && IsWordClass(ClassAt(e))) continue;
      std::string_view form = s_.substr(start, e - start);
      if (abbrevs_.Find(form).has_value()) return e;
      bool all_single = single_letters && c >= 1;
      if (all_single) {
        // Every segment one letter: "U.S." "e.g." "a.m.".
        bool ok = true;
        for (size_t p = start; p < e; p += 2) {
          if (!IsAsciiAlpha(s_[p]) || s_[p + 1] != '.') ok = false;
        }
        if (ok) return e;
      }
    }
    // An initial: one upper-case letter and its period ("M. A.", "J. Smith").
    if (word_end - start == 1 && s_[start] >= 'A' && s_[start] <= 'Z') {
      return word_end + 1;
    }
    if (word_end - start <= 4) {
      // Non-ASCII single letters as initials ("Ö.").
      int len;
      uint8_t k = ClassAt(start, &len);
      if (k == kUpper && start + len == word_end) return word_end + 1;
    }
    return 0;
  }

  size_t EmitUrl(size_t start) {
    size_t e = start;
    while (e < n_) {
      int len;
      uint8_t k = ClassAt(e, &len);
      if (k == kSpace || k == kNewline) break;
      if (s_[e] == '"' || s_[e] == '<' || s_[e] == '>') break;
      e += len;
    }
    // Trailing punctuation belongs to the sentence, not the URL; a closing
    // bracket stays when the URL opened one.
    while (e > start) {
      char c = s_[e - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' ||
          c == '?' || c == '\'') {
        --e;
      } else if (c == ')' || c == ']') {
        std::string_view url = s_.substr(start, e - start);
        char open = c == ')' ? '(' : '[';
        if (std::count(url.begin(), url.end(), open) <
            std::count(url.begin(), url.end(), c)) {
          --e;
        } else {
          break;
        }
      } else if (e - start >= 3 && s_.compare(e - 3, 3, "\xE2\x80\x9D") == 0) {
        e -= 3;
      } else {
        break;
      }
    }
    Emit(start, e, TokenKind::kUrl, ShapeFlags(start, e));
    return e;
  }

  // End of an e-mail address starting at `start`, or 0.
  // The end of the e-mail address starting at `start`, or 0. Every start
  // inside one run of local-part characters shares the run's end and its
  // domain, so both are remembered: a long run ("U.S.U.S...", "a-a-a-...")
  // is scanned once, not once per word in it.
  size_t EmailEnd(size_t start) const {
    auto local = [](char c) {
      return IsAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' ||
             c == '-';
    };
    size_t i;
    if (start > local_begin_ && start < local_end_) {
      i = local_end_;
    } else {
      i = start;
      while (i < n_ && local(s_[i])) ++i;
      local_begin_ = start;
      local_end_ = i;
      domain_end_ = kUnknown;
    }
    if (i == start || i >= n_ || s_[i] != '@' || s_[i - 1] == '.') return 0;
    if (domain_end_ == kUnknown) domain_end_ = DomainEnd(i + 1);
    return domain_end_;
  }

  // The end of the domain of an address whose '@' is just before `d`, or 0.
  size_t DomainEnd(size_t d) const {
    size_t last_dot = 0;
    size_t j = d;
    while (j < n_ && (IsAsciiAlnum(s_[j]) || s_[j] == '-' || s_[j] == '.')) {
      if (s_[j] == '.') {
        if (j == d || s_[j - 1] == '.') break;
        last_dot = j;
      }
      ++j;
    }
    while (j > d && (s_[j - 1] == '.' || s_[j - 1] == '-')) --j;
    if (last_dot == 0 || last_dot >= j) return 0;
    // Top-level domain: at least two letters.
    size_t tld = 0;
    for (size_t p = last_dot + 1; p < j; ++p) {
      if (!IsAsciiAlpha(s_[p])) return 0;
      ++tld;
    }
    return tld >= 2 ? j : 0;
  }

  size_t ScanNumber(size_t start) {
    size_t i = start;
    for (;;) {
      while (i < n_ && IsAsciiDigit(s_[i])) ++i;
      // Non-ASCII digits (Arabic-Indic ...).
      if (i < n_ && static_cast<unsigned char>(s_[i]) >= 0x80) {
        int len;
        if (Class(i, &len) == kDigit) {
          i += len;
          continue;
        }
      }
      if (i + 1 < n_ && (s_[i] == '.' || s_[i] == ',' || s_[i] == '/' ||
                         s_[i] == ':') &&
          IsAsciiDigit(s_[i + 1])) {
        i += 1;
        continue;
      }
      // Ranges: "2022–23", "1990-1995".
      if (i + 1 < n_ && s_[i] == '-' && IsAsciiDigit(s_[i + 1])) {
        i += 1;
        continue;
      }
      if (i + 3 < n_ && s_.compare(i, 3, "\xE2\x80\x93") == 0 &&
          IsAsciiDigit(s_[i + 3])) {
        i += 3;
        continue;
      }
      break;
    }
    // Suffixes: "1990s", "21st", "5G", "10km", "3.5%".
    if (i < n_ && IsWordClass(ClassAt(i))) i = WordRunEnd(i);
    if (i < n_ && s_[i] == '%') ++i;
    Emit(start, i, TokenKind::kNumber, ShapeFlags(start, i));
    MaybeJoin(i);
    return i;
  }

  size_t ScanPunct(size_t i, uint8_t k, int len) {
    bool prev_adjacent = !out_->empty() && out_->back().end == i;
    bool prev_word = prev_adjacent &&
                     (out_->back().kind == TokenKind::kWord ||
                      out_->back().kind == TokenKind::kNumber ||
                      out_->back().kind == TokenKind::kAbbrev);
    switch (k) {
      case kHyphenC:
      case kEnDash: {
        bool next_word = i + len < n_ && IsWordClass(ClassAt(i + len));
        if (prev_word && next_word) {
          Emit(i, i + len, TokenKind::kHyphen, kInCompound);
          join_next_ = true;
          return i + len;
        }
        if (k == kHyphenC && len == 1 && i + 1 < n_ && s_[i + 1] == '-') {
          size_t e = i;
          while (e < n_ && s_[e] == '-') ++e;
          Emit(i, e, TokenKind::kPunct, kDash);
          return e;
        }
        Emit(i, i + len, TokenKind::kPunct,
             (pending_ & kSpaceBefore) || k == kEnDash ? kDash : 0);
        return i + len;
      }
      case kDashC:
        Emit(i, i + len, TokenKind::kPunct, kDash);
        return i + len;
      case kPeriod: {
        size_t e = i + 1;
        if (i + 2 < n_ && s_[i + 1] == '.' && s_[i + 2] == '.') {
          while (e < n_ && s_[e] == '.') ++e;
        }
        Emit(i, e, TokenKind::kPunct, kSentenceFinal);
        return e;
      }
      case kFinal:
        Emit(i, i + len, TokenKind::kPunct, kSentenceFinal);
        return i + len;
      case kOpen:
        Emit(i, i + len, TokenKind::kPunct, kOpening);
        return i + len;
      case kClose:
        Emit(i, i + len, TokenKind::kPunct, kClosing);
        return i + len;
      case kApos:
      case kQuote: {
        // Direction from context: after a word or closing mark it closes.
        bool closes = prev_adjacent &&
                      !(out_->back().Has(kOpening)) &&
                      out_->back().kind != TokenKind::kHyphen;
        Emit(i, i + len, TokenKind::kPunct, closes ? kClosing : kOpening);
        return i + len;
      }
      case kPunctC:
        Emit(i, i + len, TokenKind::kPunct, 0);
        return i + len;
      case kJoiner:
        // A joiner outside a word is invisible.
        pending_ |= kSpaceBefore;
        return i + len;
      default:
        Emit(i, i + len, TokenKind::kSymbol, 0);
        return i + len;
    }
  }

  std::string_view s_;
  size_t n_;
  const Abbreviations& abbrevs_;
  std::vector<Token>* out_;
  uint16_t pending_ = 0;
  int newlines_ = 0;
  bool join_next_ = false;
  // EmailEnd's memo: the last local-part run scanned and its domain's end.
  static constexpr size_t kUnknown = ~size_t{0};
  // FirstRunEnd's memo: the shape flags of s_[memo_begin_, memo_end_).
  size_t memo_begin_ = kUnknown, memo_end_ = kUnknown;
  uint16_t memo_flags_ = 0;
  mutable size_t local_begin_ = kUnknown;
  mutable size_t local_end_ = 0;
  mutable size_t domain_end_ = kUnknown;
};

}  // namespace

void ScanTokens(std::string_view text, const Abbreviations& abbreviations,
                std::vector<Token>* tokens) {
  tokens->clear();
  tokens->reserve(text.size() / 5 + 16);
  Scanner(text, abbreviations, tokens).Run();
}

}  // namespace casus
