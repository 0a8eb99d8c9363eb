# Sourced by scripts/fuzz-short and scripts/fuzz-long: cargo-fuzz on the stable toolchain.
#
# There is no nightly here. cargo-fuzz passes unstable flags (-Zsanitizer=address, sancov
# passes) to rustc; RUSTC_BOOTSTRAP=1 lets the stable compiler accept them. libFuzzer's C++ is
# built by libfuzzer-sys with the system C++ compiler (g++ works; clang is not needed).
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
export RUSTC_BOOTSTRAP=1
FUZZ_DIR="$ROOT/fuzz"
CARGO_FUZZ_VERSION=0.13.2
TARGETS=(parse json_roundtrip)
# Per-input limits: an input that takes longer than this is reported as a hang (a super-linear
# path), one that needs more memory than this as a blow-up.
FUZZ_TIMEOUT_S=10
FUZZ_RSS_MB=2048
# Longest input tried. Whole reports (up to 93 KB) run at ~10 inputs/s on this machine; 16 KB
# (seeds are also cut into 40-line pieces) keeps the rate in the hundreds. FUZZ_MAX_LEN=100000
# fuzzes whole reports.
FUZZ_MAX_LEN="${FUZZ_MAX_LEN:-16384}"
# The parser forbids unsafe code, so AddressSanitizer (3x slower) finds nothing a panic would
# not; panics, overflow checks (--debug-assertions), hangs and memory blow-ups are what we look
# for. FUZZ_SANITIZER=address turns it back on.
FUZZ_SANITIZER="${FUZZ_SANITIZER:-none}"

fuzz_say() { printf '\033[1mfuzz:\033[0m %s\n' "$*"; }

# cargo-fuzz from crates.io when missing (about a minute on 2 cores).
fuzz_install() {
  if ! cargo fuzz --version 2>/dev/null | grep -q " $CARGO_FUZZ_VERSION\$"; then
    fuzz_say "installing cargo-fuzz $CARGO_FUZZ_VERSION"
    cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
  fi
}

# Builds the targets (release, debug assertions on).
fuzz_build() {
  (cd "$ROOT" && nice -n "${FUZZ_NICE:-10}" cargo fuzz build -O --debug-assertions -s "$FUZZ_SANITIZER")
}

# Seeds fuzz/corpus/<target> with the sample reports, whole and cut into 40-line pieces (small
# inputs mutate faster). Idempotent: files are named by content.
# FUZZ_CORPUS_ROOT (default fuzz/corpus) holds one folder per target; it keeps what runs find.
fuzz_seed() {
  local target="$1" dir="${FUZZ_CORPUS_ROOT:-$FUZZ_DIR/corpus}/$1" f
  mkdir -p "$dir"
  local sources=("$ROOT"/crates/findings/tests/data/*.txt "$ROOT"/crates/findings/tests/regressions/*.txt)
  [ -d "$ROOT/../shared/corpus" ] && sources+=("$ROOT"/../shared/corpus/*.txt)
  for f in "${sources[@]}"; do
    [ -f "$f" ] || continue
    cp "$f" "$dir/seed-$(sha1sum "$f" | cut -c1-16)"
    split -l 40 -d -a 3 "$f" "$dir/piece-$(basename "$f" .txt)-"
  done
}

# Runs one target for $2 seconds; prints libFuzzer's log to $3. Exit status non-zero on a crash,
# hang or blow-up (the input is then in fuzz/artifacts/<target>/).
fuzz_run() {
  local target="$1" seconds="$2" log="$3"
  fuzz_seed "$target"
  mkdir -p "$FUZZ_DIR/artifacts/$target"
  (cd "$ROOT" && nice -n "${FUZZ_NICE:-10}" cargo fuzz run -O --debug-assertions -s "$FUZZ_SANITIZER" "$target" \
      "${FUZZ_CORPUS_ROOT:-$FUZZ_DIR/corpus}/$target" -- \
      -max_total_time="$seconds" -timeout="$FUZZ_TIMEOUT_S" -rss_limit_mb="$FUZZ_RSS_MB" \
      -max_len="$FUZZ_MAX_LEN" -dict="$FUZZ_DIR/findings.dict" -print_final_stats=1 \
      "${FUZZ_EXTRA[@]}" >"$log" 2>&1)
}

# "target: N inputs in S s, corpus C files, crashes K" from a libFuzzer log (plain or -fork mode).
fuzz_summary() {
  local target="$1" log="$2" runs secs corpus crashes last
  runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)"
  secs="$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | grep -o 'in [0-9]*' | grep -o '[0-9]*' | tail -1)"
  if [ -z "$runs" ]; then
    # -fork mode: "#10417: cov: 8516 ft: 44148 corp: 1724 exec/s: 13 oom/timeout/crash: 0/0/0 time: 1225s"
    last="$(grep -E '^#[0-9]+: cov:' "$log" | tail -1)"
    runs="$(sed -E 's/^#([0-9]+):.*/\1/' <<<"$last")"
    secs="$(sed -E 's/.* time: ([0-9]+)s.*/\1/' <<<"$last")"
    crashes="$(sed -E 's#.*oom/timeout/crash: ([0-9/]+).*#\1#' <<<"$last")"
  else
    crashes="$(grep -cE '(ERROR: libFuzzer|ERROR: AddressSanitizer|deadly signal|ALARM: working on the last Unit|out-of-memory)' "$log")"
  fi
  corpus="$(ls "${FUZZ_CORPUS_ROOT:-$FUZZ_DIR/corpus}/$target" | wc -l)"
  echo "$target: ${runs:-?} inputs in ${secs:-?} s, corpus ${corpus} files, oom/timeout/crash ${crashes:-?}"
}
