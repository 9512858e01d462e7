#include "stages/sentence_splitter.h"

#include <algorithm>

namespace casus {
namespace {

struct Range {
  uint32_t begin;
  uint32_t end;
};

class Splitter {
 public:
  Splitter(std::string_view text, const std::vector<Token>& tokens,
           const Abbreviations& abbrevs,
           const SentenceSplitter::Options& options,
           std::vector<Sentence>* out)
      : text_(text), t_(tokens), abbrevs_(abbrevs), opt_(options), out_(out) {}

  void Run() {
    out_->clear();
    if (t_.empty()) return;
    std::vector<Range> paras = Paragraphs();
    size_t p = 0;
    while (p < paras.size()) {
      // A logical paragraph: parts joined across page breaks.
      std::vector<Range> parts = {paras[p]};
      size_t next = p + 1;
      std::vector<Range> gaps;
      while (next < paras.size() && Incomplete(parts.back())) {
        const Range& last = parts.back();
        if (ContinuesDirectly(last, paras[next])) {
          parts.push_back(paras[next]);
          ++next;
          continue;
        }
        // Up to two furniture blocks, then a lower-case continuation.
        size_t k = next;
        while (k < paras.size() && k < next + 2 && IsFurniture(paras[k])) ++k;
        if (k > next && k < paras.size() && IsProse(last) &&
            StartsLower(paras[k])) {
          for (size_t g = next; g < k; ++g) gaps.push_back(paras[g]);
          parts.push_back(paras[k]);
          next = k + 1;
          continue;
        }
        break;
      }
      SplitParts(parts);
      for (const Range& g : gaps) SplitParts({g});
      p = next;
    }
    std::sort(out_->begin(), out_->end(),
              [](const Sentence& a, const Sentence& b) {
                return a.token_begin < b.token_begin;
              });
  }

 private:
  std::string_view Tok(uint32_t i) const {
    return text_.substr(t_[i].begin, t_[i].end - t_[i].begin);
  }
  bool IsLowerWord(uint32_t i) const {
    const Token& t = t_[i];
    return (t.kind == TokenKind::kWord || t.kind == TokenKind::kAbbrev) &&
           t.Has(kHasAlpha) && !t.Has(kUpperInitial) &&
           !(t.Has(kHasDigit) && !t.Has(kHasAlpha));
  }
  bool StartsLower(const Range& r) const {
    // Skip opening quotes and brackets.
    uint32_t i = r.begin;
    while (i < r.end && t_[i].Has(kOpening)) ++i;
    return i < r.end && IsLowerWord(i) &&
           (t_[i].flags & kAllUpper) == 0;
  }

  std::vector<Range> Paragraphs() const {
    std::vector<Range> paras;
    uint32_t start = 0;
    for (uint32_t i = 1; i < t_.size(); ++i) {
      if (t_[i].Has(kBlankLineBefore)) {
        paras.push_back({start, i});
        start = i;
      }
    }
    paras.push_back({start, static_cast<uint32_t>(t_.size())});
    return paras;
  }

  // Does the token at i end a sentence by punctuation (after closers)?
  bool EndsWithFinal(const Range& r) const {
    uint32_t i = r.end;
    while (i > r.begin && t_[i - 1].Has(kClosing)) --i;
    if (i == r.begin) return false;
    const Token& last = t_[i - 1];
    if (last.Has(kSentenceFinal)) return true;
    if (last.kind == TokenKind::kAbbrev) {
      auto cls = abbrevs_.Find(Tok(i - 1));
      return !cls.has_value() || *cls != AbbrevClass::kTitle;
    }
    return false;
  }

  // A paragraph of running prose (not a title or heading): it holds a
  // sentence end, or more words than a heading has.
  bool IsProse(const Range& r) const {
    uint32_t words = 0;
    for (uint32_t i = r.begin; i < r.end; ++i) {
      if (t_[i].Has(kSentenceFinal)) return true;
      if (t_[i].kind == TokenKind::kWord) ++words;
    }
    return words > opt_.max_heading_tokens;
  }

  // A paragraph that stops mid-sentence; the next one may continue it.
  bool Incomplete(const Range& r) const { return !EndsWithFinal(r); }

  // `next` continues `prev` across a page break: it starts in lower case,
  // or `prev` is prose that ended on a lower-case word, a comma or a
  // compound hyphen ("... in" / "Central Asia").
  bool ContinuesDirectly(const Range& prev, const Range& next) const {
    if (StartsLower(next)) return true;
    if (IsFurniture(next) || !IsProse(prev)) return false;
    uint32_t last = prev.end - 1;
    return IsLowerWord(last) || Tok(last) == "," ||
           t_[last].kind == TokenKind::kHyphen;
  }

  // Footnotes, page numbers, running heads: short blocks that start with a
  // footnote mark or a number, or hold no sentence end at all.
  bool IsFurniture(const Range& r) const {
    uint32_t n = r.end - r.begin;
    if (n == 0 || n > opt_.max_furniture_tokens) return false;
    const Token& first = t_[r.begin];
    std::string_view ft = Tok(r.begin);
    if (ft == "*" || ft == "\xE2\x80\xA0" || ft == "\xE2\x80\xA1" ||
        (first.kind == TokenKind::kNumber && !first.Has(kHasAlpha))) {
      return true;
    }
    return n <= 6 && !EndsWithFinal(r);
  }

  // Ends the sentence after token i (i included), given the token after it.
  bool BoundaryAfter(uint32_t i, uint32_t part_end) const {
    const Token& t = t_[i];
    uint32_t j = i + 1;
    if (t.Has(kSentenceFinal)) {
      // Closers right after the terminal belong to this sentence.
      if (j < part_end && t_[j].Has(kSentenceFinal) && !t_[j].Has(kSpaceBefore))
        return false;  // "?!" - the last one decides
      while (j < part_end && t_[j].Has(kClosing) && !t_[j].Has(kSpaceBefore))
        ++j;
      if (j >= part_end) return false;  // the part end closes it anyway
      if (j != i + 1) return false;     // handled at the last closer
      return StartsSentence(j);
    }
    if (t.Has(kClosing)) {
      // A closer ends the sentence when a terminal precedes it (". ”").
      uint32_t k = CloserRunStart(i);
      if (k == i || !t_[k].Has(kSentenceFinal)) return false;
      if (j >= part_end) return false;
      if (j < part_end && t_[j].Has(kClosing) && !t_[j].Has(kSpaceBefore))
        return false;
      return StartsSentence(j);
    }
    if (t.kind == TokenKind::kAbbrev) {
      if (j >= part_end) return false;
      auto cls = abbrevs_.Find(Tok(i));
      AbbrevClass c = cls.value_or(AbbrevClass::kFinal);
      if (c != AbbrevClass::kFinal) return false;
      return t_[j].Has(kUpperInitial) && abbrevs_.IsSentenceStarter(Tok(j));
    }
    return false;
  }

  // Walks back from token i over closers written without a space before
  // them; returns the token where the walk stops. Tokens are asked in order,
  // so the walk for i continues the one for i - 1 (remembered): a run of
  // closers costs linear time, not quadratic.
  uint32_t CloserRunStart(uint32_t i) const {
    auto joins = [&](uint32_t k) {
      return k > 0 && t_[k].Has(kClosing) && !t_[k].Has(kSpaceBefore);
    };
    uint32_t k;
    if (i > 0 && closer_memo_i_ == i - 1 && joins(i)) {
      k = closer_memo_k_;
    } else {
      k = i;
      while (joins(k)) --k;
    }
    closer_memo_i_ = i;
    closer_memo_k_ = k;
    return k;
  }

  bool StartsSentence(uint32_t j) const {
    const Token& n = t_[j];
    if (IsLowerWord(j)) return false;
    // "3.5" never reaches here; "No. 5" is an abbreviation. A following
    // comma, semicolon or closing mark continues the sentence.
    std::string_view s = Tok(j);
    if (s == "," || s == ";" || s == ":" || n.Has(kClosing)) return false;
    return true;
  }

  // A line break before token i ends a heading, title or list line.
  bool LineBoundaryBefore(uint32_t i, uint32_t sent_start) const {
    if (!t_[i].Has(kNewlineBefore) || i == sent_start) return false;
    std::string_view first = Tok(i);
    // Markdown headings and bullet items start their own sentence.
    if (first == "#" || first == "\xE2\x80\xA2" ||
        ((first == "-" || first == "*") && t_[i + 1 < t_.size() ? i + 1 : i]
                                                .Has(kSpaceBefore))) {
      return true;
    }
    // The previous line: from the last line start to i.
    uint32_t ls = i - 1;
    while (ls > sent_start && !t_[ls].Has(kNewlineBefore)) --ls;
    if (Tok(ls) == "#") return true;
    // The line must be the whole sentence so far, starting on a new line.
    if (ls != sent_start) return false;
    if (ls > 0 && !t_[ls].Has(kNewlineBefore)) return false;
    uint32_t len = i - ls;
    if (len > opt_.max_heading_tokens) return false;
    if (t_[i - 1].Has(kSentenceFinal) || Tok(i - 1) == "," ||
        IsLowerWord(i - 1)) {
      return false;
    }
    return t_[i].Has(kUpperInitial) || t_[i].kind == TokenKind::kNumber;
  }

  void Emit(uint32_t begin, uint32_t end, Range skip, bool heading) {
    if (begin >= end) return;
    Sentence s;
    s.token_begin = begin;
    s.token_end = end;
    if (skip.begin < skip.end && begin < skip.begin && skip.end < end) {
      s.skip_begin = skip.begin;
      s.skip_end = skip.end;
    }
    s.heading = heading;
    out_->push_back(s);
  }

  void SplitParts(const std::vector<Range>& parts) {
    uint32_t start = parts[0].begin;
    Range skip{0, 0};
    uint32_t count = 0;  // tokens in the current sentence
    for (size_t p = 0; p < parts.size(); ++p) {
      const Range& part = parts[p];
      if (p > 0 && part.begin > parts[p - 1].end) {
        Range gap{parts[p - 1].end, part.begin};
        if (start >= parts[p - 1].end) {
          start = part.begin;  // nothing pending before the gap
        } else if (skip.begin < skip.end) {
          Emit(start, parts[p - 1].end, skip, false);  // one gap at most
          start = part.begin;
          skip = {0, 0};
          count = 0;
        } else {
          skip = gap;
        }
      }
      for (uint32_t i = part.begin; i < part.end; ++i) {
        if (i > start && LineBoundaryBefore(i, start)) {
          Emit(start, i, skip, !EndsWithFinal({start, i}));
          start = i;
          skip = {0, 0};
          count = 0;
        }
        ++count;
        if (BoundaryAfter(i, part.end) || count >= opt_.max_sentence_tokens) {
          Emit(start, i + 1, skip, false);
          start = i + 1;
          skip = {0, 0};
          count = 0;
        }
      }
    }
    uint32_t end = parts.back().end;
    if (start < end) {
      Emit(start, end, skip, !EndsWithFinal({start, end}));
    }
  }

  std::string_view text_;
  const std::vector<Token>& t_;
  const Abbreviations& abbrevs_;
  const SentenceSplitter::Options& opt_;
  std::vector<Sentence>* out_;
  mutable uint32_t closer_memo_i_ = UINT32_MAX;  // CloserRunStart's last i
  mutable uint32_t closer_memo_k_ = 0;           // and its answer
};

}  // namespace

absl::StatusOr<std::unique_ptr<SentenceSplitter>> SentenceSplitter::Create(
    std::shared_ptr<const Abbreviations> abbrevs, Options options) {
  if (options.max_sentence_tokens == 0) {
    return absl::InvalidArgumentError("max_sentence_tokens must be positive");
  }
  return std::unique_ptr<SentenceSplitter>(
      new SentenceSplitter(std::move(abbrevs), options));
}

void SentenceSplitter::Split(std::string_view text,
                             const std::vector<Token>& tokens,
                             std::vector<Sentence>* sentences) const {
  Splitter(text, tokens, *abbrevs_, options_, sentences).Run();
}

absl::Status SentenceSplitter::Process(Document* doc) const {
  Split(doc->text, doc->tokens, &doc->sentences);
  return absl::OkStatus();
}

}  // namespace casus
