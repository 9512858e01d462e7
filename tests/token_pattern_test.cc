// The token pattern language, table-driven: greedy order, alternation
// order, captures, anchors, look-ahead and look-behind, classes; the step
// budget reported when a pathological pattern exhausts it, and a pattern
// the rule index does try on a long adversarial run staying linear.
#include "engine/token_pattern.h"

#include <memory>
#include <string>
#include <vector>

#include "engine/abbreviations.h"
#include "engine/rule_index.h"
#include "engine/scanner.h"
#include "engine/word_table.h"
#include "gtest/gtest.h"

namespace casus {
namespace {

// Patterns compiled over one lexicon, and documents looked up in it.
class Patterns {
 public:
  explicit Patterns(const std::vector<std::string>& sources) {
    builder_.AddToClass("fruit", "apple");
    builder_.AddToClass("fruit", "pear");
    for (const std::string& s : sources) {
      auto p = TokenPattern::Compile(s, &builder_);
      EXPECT_TRUE(p.ok()) << s << ": " << p.status();
      patterns_.push_back(p.ok() ? std::make_unique<TokenPattern>(*std::move(p)) : nullptr);
    }
    lexicon_ = std::move(builder_).Build();
    table_ = std::make_unique<WordTable>(lexicon_, std::vector<uint32_t>(lexicon_->size(), 0));
    abbrevs_ = *Abbreviations::Parse({});
  }
  Document Doc(const std::string& text) const {
    Document d = Document::FromText("t", text);
    ScanTokens(d.text, *abbrevs_, &d.tokens);
    std::vector<uint32_t> info;
    table_->LookupAll(&d, &info);
    d.pos.assign(d.tokens.size(), Pos::kNoun);
    return d;
  }
  TokenPatternInput Input(const Document& d) const {
    return {&d, lexicon_.get(), 0, static_cast<uint32_t>(d.tokens.size()), nullptr};
  }
  const TokenPattern& operator[](size_t i) const { return *patterns_[i]; }
  const Lexicon& lexicon() const { return *lexicon_; }
  std::vector<const TokenPattern*> all() const {
    std::vector<const TokenPattern*> v;
    for (const auto& p : patterns_) v.push_back(p.get());
    return v;
  }

 private:
  LexiconBuilder builder_;
  std::vector<std::unique_ptr<TokenPattern>> patterns_;
  std::shared_ptr<const Lexicon> lexicon_;
  std::unique_ptr<WordTable> table_;
  std::unique_ptr<Abbreviations> abbrevs_;
};

struct Case {
  std::string pattern;
  std::string text;
  uint32_t start;
  int end;  // -1: no match
  std::vector<std::pair<uint32_t, uint32_t>> captures;  // {1, 0}: unset
};

TEST(TokenPattern, Table) {
  const std::vector<Case> cases = {
      // Greedy repetition takes all it can, then gives back for what follows.
      {"[a+] b", "a a a b", 0, 4, {{0, 3}}},
      {"[x: a*] a", "a a a", 0, 3, {{0, 2}}},
      {"a? b", "b", 0, 1, {}},
      {"a{2,3}", "a a a a", 0, 3, {}},
      {"a{2,3}", "a b", 0, -1, {}},
      // Alternation prefers its first branch that leads to a match.
      {"[( a | a b )]", "a b", 0, 1, {{0, 1}}},
      {"[( a b | a )]", "a b", 0, 2, {{0, 2}}},
      {"( a | a b ) c", "a b c", 0, 3, {}},
      // Named captures, an unset optional one.
      {"[cause: CAP] causes [effect: CAP] [x: later]?", "Drought causes Famine", 0, 3,
       {{0, 1}, {2, 3}, {1, 0}}},
      // Anchors.
      {"^ a", "b a", 1, -1, {}},
      {"a $", "a b", 0, -1, {}},
      {"b $", "a b", 1, 2, {}},
      // Look-ahead and look-behind are zero-width.
      {"a ?!(b)", "a b", 0, -1, {}},
      {"a ?!(b)", "a c", 0, 1, {}},
      {"a ?=(b)", "a b", 0, 1, {}},
      {"?<=(the) [CAP]", "the Big", 1, 2, {{1, 2}}},
      {"?<=(the) [CAP]", "a Big", 1, -1, {}},
      {"?<!(the) [CAP]", "a Big", 1, 2, {{1, 2}}},
      // Words fold case; "Exact" does not; classes and negation.
      {"iran", "IRAN", 0, 1, {}},
      {"\"Iran\"", "IRAN", 0, -1, {}},
      {"@fruit+", "apple pear plum", 0, 2, {}},
      {"!@fruit", "apple", 0, -1, {}},
      {"NUM PUNCT", "2011 .", 0, 2, {}},
  };
  std::vector<std::string> sources;
  for (const Case& c : cases) sources.push_back(c.pattern);
  Patterns p(sources);
  for (size_t i = 0; i < cases.size(); ++i) {
    const Case& c = cases[i];
    Document d = p.Doc(c.text);
    TokenPatternMatch m;
    bool hit = p[i].MatchAt(p.Input(d), c.start, &m);
    EXPECT_EQ(hit ? static_cast<int>(m.end) : -1, c.end) << c.pattern << " on " << c.text;
    if (hit && c.end >= 0) {
      EXPECT_EQ(m.begin, c.start) << c.pattern;
      EXPECT_EQ(m.captures, c.captures) << c.pattern << " on " << c.text;
    }
    EXPECT_FALSE(m.exhausted) << c.pattern;
  }
}

TEST(TokenPattern, CompileErrorsNameTheColumn) {
  LexiconBuilder b;
  EXPECT_EQ(TokenPattern::Compile("a ( b", &b).status().message(), "column 3: unclosed '('");
  EXPECT_EQ(TokenPattern::Compile("?<=(a+) b", &b).status().message(),
            "column 1: a look-behind needs a fixed number of tokens");
  EXPECT_EQ(TokenPattern::Compile("@nosuch", &b).status().message(),
            "column 1: unknown word class @nosuch");
  EXPECT_EQ(TokenPattern::Compile("FOO", &b).status().message(),
            "column 1: unknown keyword FOO (quote it to match the word)");
}

std::string Words(int n, const std::string& tail) {
  std::string s;
  for (int i = 0; i < n; ++i) s += "word ";
  return s + tail;
}

// A pattern with nested stars before its required words: exponential
// backtracking without the budget. The rule index tries it (its required
// words occur), every start stops at the budget and says so, and the total
// work grows linearly with the run.
TEST(TokenPattern, PathologicalPatternIsTriedAndBounded) {
  Patterns p({"((WORD|ANY)* (ANY|WORD)*)* causes zzz", "WORD* causes zzz"});
  RuleIndex index;
  index.Build(p.all(), p.lexicon(), /*prefilter=*/true);
  auto total_steps = [&](int words, int* exhausted) {
    Document d = p.Doc(Words(words, "causes yyy zzz"));
    RuleIndex::Scan scan;
    EXPECT_TRUE(scan.Start(index, d, 0, static_cast<uint32_t>(d.tokens.size())));
    EXPECT_EQ(scan.candidates(), (std::vector<uint32_t>{0, 1})) << "the index must try it";
    uint64_t steps = 0;
    TokenPatternMatch m;
    for (uint32_t s = 0; s <= scan.LastStart(0); ++s) {
      EXPECT_FALSE(p[0].MatchAt(p.Input(d), s, &m));
      EXPECT_LE(m.steps, static_cast<uint32_t>(kTokenPatternStepBudget) + 1);
      steps += m.steps;
      *exhausted += m.exhausted;
    }
    return steps;
  };
  int exhausted_short = 0, exhausted_long = 0;
  uint64_t short_run = total_steps(200, &exhausted_short);
  uint64_t long_run = total_steps(400, &exhausted_long);
  EXPECT_GT(exhausted_short, 100) << "the pattern is pathological: most starts exhaust";
  EXPECT_GT(exhausted_long, 300);
  // Linear: twice the run, about twice the steps (quadratic would be four).
  EXPECT_LT(static_cast<double>(long_run), 2.5 * static_cast<double>(short_run));
  // A plain pattern over the same run fails without exhausting the budget.
  Document d = p.Doc(Words(400, "causes yyy zzz"));
  TokenPatternMatch m;
  EXPECT_FALSE(p[1].MatchAt(p.Input(d), 0, &m));
  EXPECT_FALSE(m.exhausted);
  EXPECT_LT(m.steps, 2000u);
}

// First-token shapes: a pattern that starts with a capitalized word, an
// acronym or a number is keyed by that shape, and the index lets it start
// only at such tokens; a lower-case or free first token keys nothing.
TEST(TokenPattern, FirstTokenShapesKeyTheIndex) {
  Patterns p({"[CAP] said", "(UPPER | NUM) said", "@fruit said", "LOWER said", "?!(CAP) ANY said"});
  auto shapes_of = [&](size_t i, uint8_t* shapes) {
    std::vector<WordId> words;
    std::vector<int> classes, pos;
    *shapes = 0;
    return p[i].FirstTokenShapes(&words, &classes, &pos, shapes);
  };
  uint8_t shapes = 0;
  EXPECT_TRUE(shapes_of(0, &shapes));
  EXPECT_EQ(shapes, TokenPattern::kShapeCap);
  EXPECT_TRUE(shapes_of(1, &shapes));
  EXPECT_EQ(shapes, TokenPattern::kShapeUpper | TokenPattern::kShapeNum);
  EXPECT_TRUE(shapes_of(2, &shapes));  // a class: keys, no shape
  EXPECT_EQ(shapes, 0);
  EXPECT_FALSE(shapes_of(3, &shapes));
  EXPECT_FALSE(shapes_of(4, &shapes));

  RuleIndex index;
  index.Build(p.all(), p.lexicon(), /*prefilter=*/true);
  Document d = p.Doc("the Minister said , NATO said , 42 said , apple said , he said");
  RuleIndex::Scan scan;
  ASSERT_TRUE(scan.Start(index, d, 0, static_cast<uint32_t>(d.tokens.size())));
  auto starts = [&](uint32_t r) {
    std::vector<uint32_t> at;
    for (uint32_t i = 0; i < d.tokens.size(); ++i) {
      if (scan.MayStartAt(r, d, i)) at.push_back(i);
    }
    return at;
  };
  // "Minister" 1, "NATO" 4, "42" 7, "apple" 10; "said" and "," are lower or
  // punctuation. NATO is capitalized too.
  EXPECT_EQ(starts(0), (std::vector<uint32_t>{1, 4}));
  EXPECT_EQ(starts(1), (std::vector<uint32_t>{4, 7}));
  EXPECT_EQ(starts(2), (std::vector<uint32_t>{10}));
  EXPECT_EQ(starts(3).size(), d.tokens.size()) << "no key: every token";
  // StartingAt agrees with MayStartAt for the shape-keyed rules.
  EXPECT_EQ(scan.StartingAt(d, 1), (std::vector<uint32_t>{0, 3, 4}));
  EXPECT_EQ(scan.StartingAt(d, 7), (std::vector<uint32_t>{1, 3, 4}));
}

// `casus rules classes` lists the built-in classes: each one is a pattern
// element the parser takes, and every %TAG the parser knows is listed.
TEST(TokenPattern, BuiltinClassesCompile) {
  LexiconBuilder lexicon;
  std::vector<BuiltinClass> builtins = BuiltinClasses();
  for (const BuiltinClass& b : builtins) {
    EXPECT_TRUE(TokenPattern::Compile(b.name, &lexicon).ok()) << b.name;
    EXPECT_FALSE(b.meaning.empty()) << b.name;
  }
  int tags = 0;
  for (int p = 0; p <= static_cast<int>(Pos::kOther); ++p) {
    std::string name = "%" + std::string(PosName(static_cast<Pos>(p)));
    tags += TokenPattern::Compile(name, &lexicon).ok();
    bool listed = false;
    for (const BuiltinClass& b : builtins) listed |= b.name == name;
    EXPECT_TRUE(listed) << name;
  }
  EXPECT_EQ(tags, static_cast<int>(Pos::kOther) + 1);
  EXPECT_FALSE(TokenPattern::Compile("%NOPE", &lexicon).ok());
}

}  // namespace
}  // namespace casus
