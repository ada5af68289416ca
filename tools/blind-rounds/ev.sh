#!/bin/bash
# ev.sh NAME [BASE] : run the evaluation in the cwd checkout; report-NAME, miss-NAME; diff vs miss-BASE
NAME=$1; BASE=$2
./mvnw -B -o -q -ntp -pl backend -Pevaluation test -Dskip.npm -Dskip.installnodenpm > /work/blind/log-$NAME 2>&1 || echo "EVALUATION FAILED (see /work/blind/log-$NAME)"
cp backend/target/evaluation-report.txt /work/blind/report-$NAME
grep -E '^[a-z0-9]+-[0-9]+: expected' /work/blind/report-$NAME | sort -u > /work/blind/miss-$NAME
echo "misses: $(wc -l < /work/blind/miss-$NAME)"
grep -A1 "^Every post, the held-out" /work/blind/report-$NAME >/dev/null
tail -3 /work/blind/report-$NAME | head -1
grep -E "^in English:" /work/blind/report-$NAME | tail -1
# the ids of unread rounds (SignalCorpus.UNREAD) are left out of the lists below: even which of their posts are missed
# is not for the reader to see
UNREAD=$(grep -o 'UNREAD = List.of([^)]*)' backend/src/test/java/io/clearance/screening/internal/SignalCorpus.java | grep -o '"h[0-9]*-"' | tr -d '"' | paste -sd'|')
hide() {
  if [ -z "$UNREAD" ]; then cat; return; fi
  local all; all=$(cat)
  [ -n "$all" ] && grep -v -E "^($UNREAD)" <<< "$all"
  local n=0; [ -n "$all" ] && n=$(grep -c -E "^($UNREAD)" <<< "$all")
  [ "$n" -gt 0 ] && echo "($n of the unread rounds' posts, not listed)"
  return 0
}
if [ -n "$BASE" ]; then
  echo "--- newly missed (vs $BASE):"; comm -13 <(cut -d: -f1 /work/blind/miss-$BASE | sort -u) <(cut -d: -f1 /work/blind/miss-$NAME | sort -u) | hide
  echo "--- mended (vs $BASE):"; comm -23 <(cut -d: -f1 /work/blind/miss-$BASE | sort -u) <(cut -d: -f1 /work/blind/miss-$NAME | sort -u) | hide
  echo "--- changed outcome among both:"; comm -13 /work/blind/miss-$BASE /work/blind/miss-$NAME | cut -d: -f1 | sort -u | comm -12 - <(cut -d: -f1 /work/blind/miss-$BASE | sort -u) | hide
fi
