#!/usr/bin/env bash
# Writes the help2man include file for casus.1: a COMMANDS section with the
# --help of every command (nested ones too), ENVIRONMENT, EXIT STATUS and SEE
# ALSO. The build runs it on the built binary, then help2man (CMakeLists.txt).
#
# Usage: tools/man_include.sh CASUS OUT
set -euo pipefail
casus=$1 out=$2

# The commands a --help lists under "Subcommands:".
commands() {
  "$casus" "$@" --help | sed -n '/^Subcommands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p'
}

# Text as roff that prints verbatim: backslashes escaped, and a line that
# starts with '.' or "'" guarded so it is not a request.
roff() {
  sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"
}

section() {  # COMMAND WORDS...
  echo ".SS \"casus $*\""
  echo ".nf"
  # The description and usage lines; the footer every command repeats is cut.
  "$casus" "$@" --help | sed '/^Exit status:/,$d' | roff
  echo ".fi"
  local sub
  for sub in $(commands "$@"); do
    section "$@" "$sub"
  done
}

{
  echo "[NAME]"
  echo "casus \\- entities and causal claims from policy and international-relations articles"
  echo "[COMMANDS]"
  for cmd in $(commands); do
    section "$cmd"
  done
  cat <<'EOF'
[EXIT STATUS]
0 every document processed; 1 some document (or the output) failed; 2 a
usage error or a broken rule file. Errors are reported on standard error as
\fBcasus: FILE[:LINE[:COLUMN]]: message\fR.
[ENVIRONMENT]
.TP
.B CASUS_RULES
The rules folder when \fB\-\-rules\fR is not given (else the rules installed
beside the binary, share/casus/rules).
.TP
.B CASUS_WORDNET
WordNet's data folder (default /usr/share/wordnet).
[SEE ALSO]
The rule language, the output formats and the evaluation are described in
docs/ of the Casus source tree (docs/rules.md, docs/format.md,
docs/claims.md, docs/evaluation.md).
EOF
} > "$out"
