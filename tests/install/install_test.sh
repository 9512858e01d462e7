#!/usr/bin/env bash
# Installs Casus from a build folder to a temporary prefix, then uses it the
# ways an outsider would: the installed binary (finding its rules with no
# flag), a C++ project with find_package(Casus), one built with pkg-config,
# and the Python module from the prefix; the bash completion and man page are
# installed.
#
# Usage: tests/install/install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 source=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
cmake --install "$build" --prefix "$prefix" > "$tmp/install.log"

# The binary finds PREFIX/share/casus/rules by itself.
out=$("$prefix/bin/casus" rules check -q 2>&1) || { echo "$out"; exit 1; }
"$prefix/bin/casus" rules check | grep -q "^$prefix/share/casus/rules:" ||
  { echo "installed binary does not use the installed rules"; exit 1; }
echo '{"id":"a","text":"Sanctions fuelled inflation in Iran."}' |
  "$prefix/bin/casus" extract - -q | grep -q '"relation":"CAUSE"'

# The bash completion, which registers itself for casus.
completion=$prefix/share/bash-completion/completions/casus
[ -f "$completion" ] || { echo "no bash completion at $completion"; exit 1; }
bash -c "source '$completion' && complete -p casus" | grep -q -- "-F _casus casus" ||
  { echo "the bash completion does not register casus"; exit 1; }
# The man page, when the build found help2man (else it is skipped).
if grep -q '^CASUS_HELP2MAN:FILEPATH=.*help2man$' "$build/CMakeCache.txt"; then
  man=$prefix/share/man/man1/casus.1
  [ -f "$man" ] || { echo "no man page at $man"; exit 1; }
  grep -q '^\.SS "casus rules classes"' "$man" || { echo "the man page lacks the commands"; exit 1; }
else
  echo "help2man was not found at configure time: man page check skipped"
fi

# find_package(Casus).
cmake -S "$source/tests/install/consumer" -B "$tmp/consumer" -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_BUILD_TYPE=Release > "$tmp/consumer.log"
cmake --build "$tmp/consumer" > "$tmp/consumer-build.log" || { cat "$tmp/consumer-build.log"; exit 1; }
got=$("$tmp/consumer/consumer" "$prefix/share/casus/rules")
[ "$got" = "Sanctions|fuelled|inflation in Iran|CAUSE" ] || { echo "find_package consumer: $got"; exit 1; }

# pkg-config.
flags=$(PKG_CONFIG_PATH="$prefix/lib/pkgconfig" pkg-config --cflags --libs casus)
g++ -O1 -o "$tmp/pc-consumer" "$source/tests/install/consumer/main.cc" $flags
got=$("$tmp/pc-consumer" "$prefix/share/casus/rules")
[ "$got" = "Sanctions|fuelled|inflation in Iran|CAUSE" ] || { echo "pkg-config consumer: $got"; exit 1; }

# The Python module from the prefix, with the prefix's rules.
if [ -d "$prefix/lib/python3/dist-packages/casus" ]; then
  cd "$tmp"
  # Under a sanitized build, the ASan runtime goes first (tests/CMakeLists.txt).
  preload=() ; [ -n "${CASUS_PYTHON_PRELOAD:-}" ] &&
    preload=(env LD_PRELOAD="$CASUS_PYTHON_PRELOAD" ASAN_OPTIONS=detect_leaks=0)
  PYTHONPATH="$prefix/lib/python3/dist-packages" "${preload[@]}" /usr/bin/python3 - "$prefix" <<'PY'
import sys, casus
nlp = casus.Pipeline()
assert nlp.rules_dir == sys.argv[1] + "/share/casus/rules", nlp.rules_dir
claims = nlp("Sanctions fuelled inflation in Iran.").claims
assert [(c.cause.text, c.effect.text) for c in claims] == [("Sanctions", "inflation in Iran")], claims
print(claims)
PY
else
  echo "no Python module installed (pybind11 missing): Python part skipped"
fi
echo "install test: ok ($prefix)"
