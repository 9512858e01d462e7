#include "engine/concepts.h"

#include <algorithm>
#include <cstdlib>

#include "pipeline/status_macros.h"
#include "pipeline/strings.h"

namespace casus {
namespace {

std::string Location(std::string_view path, int line) { return StrCat(path, ":", line); }

// Reads an unsigned decimal (or hex) number at s[*i], skipping spaces
// before it; moves *i past it.
uint32_t NumberAt(std::string_view s, size_t* i, int base = 10) {
  while (*i < s.size() && s[*i] == ' ') ++*i;
  uint32_t v = 0;
  for (; *i < s.size() && s[*i] != ' '; ++*i) {
    char c = s[*i];
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : 0;
    v = v * static_cast<uint32_t>(base) + static_cast<uint32_t>(d);
  }
  return v;
}

// Skips one space-separated field at s[*i].
void SkipField(std::string_view s, size_t* i) {
  while (*i < s.size() && s[*i] == ' ') ++*i;
  while (*i < s.size() && s[*i] != ' ') ++*i;
}

// The lemma and synset offsets (most frequent sense first) of one
// index.noun line: "lemma pos synset_cnt p_cnt [ptr]... sense_cnt
// tagsense_cnt offset..."; the offsets are its last synset_cnt fields,
// 8 digits each.
bool ParseIndexLine(std::string_view line, std::string_view* lemma, std::string_view* offsets,
                    size_t* count) {
  if (line.empty() || line[0] == ' ') return false;  // licence header
  size_t end = line.find_last_not_of(' ');
  if (end == std::string_view::npos) return false;
  line = line.substr(0, end + 1);
  size_t sp = line.find(' ');
  if (sp == std::string_view::npos) return false;
  *lemma = line.substr(0, sp);
  size_t i = sp;
  SkipField(line, &i);  // pos
  size_t n = NumberAt(line, &i);
  if (n == 0 || 9 * n > line.size() + 1) return false;
  *offsets = line.substr(line.size() + 1 - 9 * n);
  *count = n;
  return true;
}

uint32_t OffsetAt(std::string_view offsets, size_t k) {
  size_t i = 9 * k;
  return NumberAt(offsets, &i);
}

// The hyponym offsets ("~" and "~i" pointers) of the data.noun line at
// byte `offset` (WordNet addresses synsets by their byte offset): "offset
// lex_filenum ss_type w_cnt(hex) (word lex_id)* p_cnt (ptr offset pos st)*".
void Hyponyms(std::string_view data, uint32_t offset, std::vector<uint32_t>* out) {
  out->clear();
  if (offset >= data.size()) return;
  size_t end = data.find('\n', offset);
  if (end == std::string_view::npos) end = data.size();
  std::string_view line = data.substr(offset, end - offset);
  size_t i = 0;
  SkipField(line, &i);
  SkipField(line, &i);
  SkipField(line, &i);
  uint32_t words = NumberAt(line, &i, 16);
  for (uint32_t w = 0; w < 2 * words; ++w) SkipField(line, &i);
  uint32_t pointers = NumberAt(line, &i);
  for (uint32_t p = 0; p < pointers && i < line.size(); ++p) {
    while (i < line.size() && line[i] == ' ') ++i;
    size_t b = i;
    while (i < line.size() && line[i] != ' ') ++i;
    std::string_view sym = line.substr(b, i - b);
    uint32_t target = NumberAt(line, &i);
    SkipField(line, &i);
    SkipField(line, &i);
    if (sym == "~" || sym == "~i") out->push_back(target);
  }
}

// The data.noun line of the synset at byte `offset`: read in 4 KB pieces
// until its newline (lines are far shorter than that, bar a few).
absl::StatusOr<std::string> SynsetLine(Env* env, const std::string& path, uint32_t offset) {
  std::string line;
  for (uint64_t at = offset;;) {
    CASUS_ASSIGN_OR_RETURN(std::string piece, env->ReadFileRange(path, at, 4096));
    size_t nl = piece.find('\n');
    line.append(piece, 0, nl == std::string::npos ? piece.size() : nl);
    if (nl != std::string::npos || piece.size() < 4096) return line;
    at += piece.size();
  }
}

}  // namespace

int ConceptInventory::Find(std::string_view id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? -1 : it->second;
}

bool ConceptInventory::IsA(int a, int b) const {
  for (int guard = 0; a >= 0 && guard < 64; ++guard, a = concepts_[a].parent) {
    if (a == b) return true;
  }
  return false;
}

int ConceptInventory::DirectionOf(std::string_view lemma) const {
  auto it = direction_.find(lemma);
  return it == direction_.end() ? 0 : it->second;
}

absl::StatusOr<std::unique_ptr<ConceptInventory>> ConceptInventory::Parse(
    const RuleFiles& files, const std::string& wordnet_dir, Env* env) {
  std::unique_ptr<ConceptInventory> inv(new ConceptInventory);
  RuleErrors errors;
  auto concept_files = files.List("concepts", ".concepts", &errors);
  if (concept_files.ok()) {
    for (const RuleFile& f : *concept_files) errors.Add(inv->ParseConceptFile(f, &errors));
  } else {
    errors.Add(concept_files.status());
  }
  auto grounding = files.Read("concepts/grounding.txt");
  if (grounding.ok()) {
    for (const RuleFile& f : *grounding) {
      for (const RuleLine& line : SplitRuleLines(f.contents)) {
        errors.Add(inv->ParseGroundingLine(f, line));
      }
    }
  } else if (!absl::IsNotFound(grounding.status())) {
    errors.Add(grounding.status());
  }
  // Parents, now that every concept is known.
  for (const Pending& p : inv->parents_) {
    int parent = inv->Find(p.name);
    if (parent < 0) {
      errors.Add(RuleError(p.path, p.line, p.column, StrCat("unknown parent concept '", p.name, "'")));
      continue;
    }
    inv->concepts_[p.node].parent = parent;
  }
  for (const Pending& p : inv->actors_) {
    int c = inv->Find(p.name);
    if (c < 0) {
      errors.Add(RuleError(p.path, p.line, p.column, StrCat("unknown concept '", p.name, "'")));
      continue;
    }
    inv->actor_[p.node] = c;
  }
  for (const Pending& p : inv->hubs_) {
    int c = inv->Find(p.name);
    if (c < 0) {
      errors.Add(RuleError(p.path, p.line, p.column, StrCat("unknown concept '", p.name, "'")));
      continue;
    }
    inv->hub_root_ = c;
  }
  // Depths; a cycle is an error at the concept that closes it.
  for (size_t i = 0; i < inv->concepts_.size(); ++i) {
    int depth = 0;
    int c = inv->concepts_[i].parent;
    while (c >= 0 && depth <= static_cast<int>(inv->concepts_.size())) {
      ++depth;
      c = inv->concepts_[c].parent;
    }
    if (c >= 0) {
      errors.Add(absl::InvalidArgumentError(
          StrCat("rules/concepts: concept '", inv->concepts_[i].id, "' is its own ancestor")));
      inv->concepts_[i].parent = -1;
    }
    inv->concepts_[i].depth = depth;
  }
  if (!inv->anchors_.empty()) errors.Add(inv->LoadWordNet(wordnet_dir, env));
  if (!errors.empty()) return errors.ToStatus();
  for (auto& [first, list] : inv->phrases_) {
    std::stable_sort(list.begin(), list.end(), [](const Phrase& a, const Phrase& b) {
      return a.words.size() > b.words.size();
    });
  }
  inv->phrase_origin_.clear();
  inv->parents_.clear();
  inv->anchors_.clear();
  inv->actors_.clear();
  inv->hubs_.clear();
  return inv;
}

absl::Status ConceptInventory::ParseConceptFile(const RuleFile& file, RuleErrors* errors) {
  int current = -1;
  for (const RuleLine& line : SplitRuleLines(file.contents)) {
    std::string_view text = line.text;
    const int col = line.indent + 1;
    if (line.indent == 0) {
      // concept ID "LABEL" [< PARENT]
      if (text.substr(0, 8) != "concept ") {
        errors->Add(RuleError(file.path, line.number, col,
                              "expected 'concept ID \"LABEL\" < PARENT' (indented lines "
                              "'words', 'wordnet' and 'example' follow it)"));
        current = -1;
        continue;
      }
      size_t q1 = text.find('"');
      size_t q2 = q1 == std::string_view::npos ? q1 : text.find('"', q1 + 1);
      if (q2 == std::string_view::npos) {
        errors->Add(RuleError(file.path, line.number, col + 8, "expected a quoted label"));
        current = -1;
        continue;
      }
      std::string id(StripWhitespace(text.substr(8, q1 - 8)));
      if (!IsSnakeCase(id)) {
        errors->Add(RuleError(file.path, line.number, col + 8,
                              StrCat("concept id '", id, "' must be snake_case")));
        current = -1;
        continue;
      }
      if (by_id_.contains(id)) {
        errors->Add(RuleError(file.path, line.number, col + 8,
                              StrCat("concept '", id, "' is defined twice")));
        current = -1;
        continue;
      }
      std::string label(text.substr(q1 + 1, q2 - q1 - 1));
      std::string_view rest = StripWhitespace(text.substr(q2 + 1));
      current = static_cast<int>(concepts_.size());
      concepts_.push_back({id, label.empty() ? id : label, -1, 0});
      by_id_[id] = current;
      if (!rest.empty()) {
        std::vector<std::string> w = SplitWords(rest);
        if (w.size() != 2 || w[0] != "<" || !IsSnakeCase(w[1])) {
          errors->Add(RuleError(file.path, line.number, col + static_cast<int>(q2) + 2,
                                "expected '< PARENT' after the label"));
          continue;
        }
        int at = col + static_cast<int>(text.find(w[1], q2 + 1));
        parents_.push_back({file.path, line.number, at, w[1], current});
      }
      continue;
    }
    if (current < 0) {
      // The concept line above was broken; its own error was reported.
      if (concepts_.empty()) {
        errors->Add(RuleError(file.path, line.number, col, "indented line outside a concept"));
      }
      continue;
    }
    size_t sp = text.find(' ');
    std::string_view field = text.substr(0, sp);
    // Views into `text`, so that error columns are data() - text.data().
    std::string_view value =
        sp == std::string_view::npos ? text.substr(text.size()) : StripWhitespace(text.substr(sp + 1));
    if (field == "example") {
      examples_.push_back({file.path, line.number, std::string(value)});
    } else if (field == "words") {
      for (std::string_view raw : SplitAlternatives(value)) {
        int pcol = col + static_cast<int>(raw.data() - text.data());
        // A hyphen joins words the tokenizer splits ("anti-corruption").
        std::string spaced = LowerWord(raw);
        std::replace(spaced.begin(), spaced.end(), '-', ' ');
        std::vector<std::string> words = SplitWords(spaced);
        if (words.empty()) {
          errors->Add(RuleError(file.path, line.number, pcol, "empty phrase"));
        } else {
          std::string joined = LowerWord(raw);
          auto [it, fresh] = phrase_origin_.emplace(joined, Location(file.path, line.number));
          if (!fresh) {
            errors->Add(RuleError(file.path, line.number, pcol,
                                  StrCat("phrase '", joined, "' already names a concept at ",
                                         it->second)));
          } else {
            std::string first = words[0];
            phrases_[first].push_back({std::move(words), current});
          }
        }
      }
    } else if (field == "wordnet") {
      for (std::string_view name_view : SplitAlternatives(value)) {
        std::string name(name_view);
        int pcol = col + static_cast<int>(name_view.data() - text.data());
        size_t dot = name.find(".n.");
        if (dot == std::string::npos || dot == 0 || name.size() != dot + 5) {
          errors->Add(RuleError(file.path, line.number, pcol,
                                StrCat("expected a noun synset LEMMA.n.NN, got '", name, "'")));
        } else {
          anchors_.push_back({file.path, line.number, pcol, name, current});
        }
      }
    } else {
      errors->Add(RuleError(file.path, line.number, col,
                            StrCat("unknown field '", field, "' (words, wordnet or example)")));
    }
  }
  return absl::OkStatus();
}

absl::Status ConceptInventory::ParseGroundingLine(const RuleFile& file, const RuleLine& line) {
  std::string_view text = line.text;
  size_t colon = text.find(':');
  const int col = line.indent + 1;
  if (colon == std::string_view::npos) {
    return RuleError(file.path, line.number, col,
                     "expected 'up: word | ...', 'down: ...', 'through: ...', "
                     "'refer: ...', 'pronoun TARGET NUMBER: ...', 'actor TYPE: concept' or "
                     "'hubs: concept'");
  }
  std::vector<std::string> head = SplitWords(text.substr(0, colon));
  std::vector<std::string> items;
  std::string_view value = text.substr(colon + 1);
  for (std::string_view alt : SplitAlternatives(value)) {
    if (alt.empty()) {
      return RuleError(file.path, line.number,
                       col + static_cast<int>(alt.data() - text.data()), "empty word");
    }
    items.push_back(LowerWord(alt));
  }
  if (head.size() == 1 && (head[0] == "up" || head[0] == "down")) {
    for (std::string& w : items) direction_[w] = head[0] == "up" ? 1 : -1;
  } else if (head.size() == 1 && head[0] == "through") {
    for (std::string& w : items) through_.insert(std::move(w));
  } else if (head.size() == 1 && head[0] == "refer") {
    for (std::string& w : items) refer_.insert(std::move(w));
  } else if (head.size() == 3 && head[0] == "pronoun") {
    // "pronoun TARGET NUMBER:": target subject, cause or effect; number
    // one, many or any.
    PronounRule rule;
    const std::string& number = head.back();
    if (number == "one") rule.number = Number::kOne;
    else if (number == "many") rule.number = Number::kMany;
    else if (number != "any") {
      return RuleError(file.path, line.number, col + static_cast<int>(text.rfind(number, colon)),
                       StrCat("unknown number '", number, "' (one, many or any)"));
    }
    if (head[1] == "subject") rule.target = PronounTarget::kSubject;
    else if (head[1] == "cause") rule.target = PronounTarget::kCause;
    else if (head[1] == "effect") rule.target = PronounTarget::kEffect;
    else {
      return RuleError(file.path, line.number, col + static_cast<int>(text.find(head[1], 7)),
                       StrCat("unknown target '", head[1], "' (subject, cause or effect)"));
    }
    for (std::string& w : items) pronouns_[w] = rule;
  } else if (head.size() == 2 && head[0] == "actor" && ParseEntityType(head[1])) {
    if (items.size() != 1) {
      return RuleError(file.path, line.number, col + static_cast<int>(colon) + 1,
                       "expected one concept id");
    }
    actors_.push_back({file.path, line.number, col + static_cast<int>(colon) + 2, items[0],
                       static_cast<int>(*ParseEntityType(head[1]))});
  } else if (head.size() == 1 && head[0] == "hubs") {
    if (items.size() != 1 || !hubs_.empty()) {
      return RuleError(file.path, line.number, col + static_cast<int>(colon) + 1,
                       "expected one concept id, on one 'hubs:' line");
    }
    hubs_.push_back({file.path, line.number, col + static_cast<int>(colon) + 2, items[0]});
  } else {
    return RuleError(file.path, line.number, col,
                     "expected 'up:', 'down:', 'through:', 'refer:', 'pronoun TARGET NUMBER:', "
                     "'actor TYPE:' or 'hubs:'");
  }
  return absl::OkStatus();
}

absl::Status ConceptInventory::LoadWordNet(const std::string& dir, Env* env) {
  // data.noun is read line by line where the walk goes (its synsets are
  // addressed by byte offset), not whole: it is 15 MB and this runs at
  // every start.
  const std::string data_path = dir + "/data.noun";
  auto index = env->ReadFile(dir + "/index.noun");
  auto probe = env->ReadFileRange(data_path, 0, 1);
  if (!index.ok() || !probe.ok()) {
    return absl::NotFoundError(StrCat("WordNet data not found (", dir,
                                      "/index.noun, data.noun): install the Debian package "
                                      "wordnet-base or set CASUS_WORDNET"));
  }
  // The anchors' lemmas, then one pass over index.noun for their lines
  // (no table of every noun: this runs at every start).
  StringMap<std::pair<std::string_view, size_t>> senses;  // anchor lemma -> offsets field
  for (const Pending& p : anchors_) senses.emplace(p.name.substr(0, p.name.find(".n.")), std::make_pair(std::string_view(), 0));
  LineReader lines(*index);
  std::string_view line, lemma_field, offsets;
  size_t count = 0;
  while (lines.Next(&line)) {
    size_t sp = line.find(' ');
    if (sp == std::string_view::npos) continue;
    auto it = senses.find(line.substr(0, sp));
    if (it == senses.end()) continue;
    if (ParseIndexLine(line, &lemma_field, &offsets, &count)) it->second = {offsets, count};
  }
  absl::flat_hash_map<uint32_t, int> anchor;  // synset -> concept
  RuleErrors errors;
  for (const Pending& p : anchors_) {
    size_t dot = p.name.find(".n.");
    std::string lemma = p.name.substr(0, dot);
    int sense = std::atoi(p.name.substr(dot + 3).c_str());
    auto it = senses.find(lemma);
    if (it == senses.end() || sense < 1 || sense > static_cast<int>(it->second.second)) {
      errors.Add(RuleError(p.path, p.line, p.column,
                           StrCat("WordNet has no noun synset '", p.name, "'")));
      continue;
    }
    uint32_t off = OffsetAt(it->second.first, sense - 1);
    auto [a, fresh] = anchor.emplace(off, p.node);
    if (!fresh && a->second != p.node) {
      errors.Add(RuleError(p.path, p.line, p.column,
                           StrCat("synset '", p.name, "' already anchors concept '",
                                  concepts_[a->second].id, "'")));
    }
  }
  if (!errors.empty()) return errors.ToStatus();
  // Each synset below an anchor takes its nearest anchor: a breadth-first
  // walk down the hyponym pointers from every anchor at once (anchors in
  // file order, so ties go the same way on every run), kMaxSteps deep. Only
  // the anchors' subtrees are read, not all of data.noun.
  constexpr int kMaxSteps = 12;
  absl::flat_hash_map<uint32_t, WordNetLink> below;
  std::vector<uint32_t> frontier, next, hypo;
  for (const Pending& p : anchors_) {
    size_t dot = p.name.find(".n.");
    auto it = senses.find(std::string_view(p.name).substr(0, dot));
    uint32_t off = OffsetAt(it->second.first, std::atoi(p.name.substr(dot + 3).c_str()) - 1);
    if (below.emplace(off, WordNetLink{anchor[off], 0}).second) frontier.push_back(off);
  }
  for (int step = 1; step <= kMaxSteps && !frontier.empty(); ++step) {
    next.clear();
    for (uint32_t off : frontier) {
      int c = below[off].node;
      CASUS_ASSIGN_OR_RETURN(std::string line, SynsetLine(env, data_path, off));
      Hyponyms(line, 0, &hypo);
      for (uint32_t h : hypo) {
        if (below.emplace(h, WordNetLink{c, step}).second) next.push_back(h);
      }
    }
    frontier.swap(next);
  }
  // A noun grounds by its first (most frequent) sense: a second pass over
  // index.noun, one lookup per line.
  LineReader again(*index);
  while (again.Next(&line)) {
    if (!ParseIndexLine(line, &lemma_field, &offsets, &count)) continue;
    if (lemma_field.find('_') != std::string_view::npos) continue;
    auto b = below.find(OffsetAt(offsets, 0));
    if (b != below.end()) wordnet_[std::string(lemma_field)] = b->second;
  }
  return absl::OkStatus();
}

}  // namespace casus
