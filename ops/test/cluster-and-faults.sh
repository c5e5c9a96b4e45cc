#!/usr/bin/env bash
# Operations tests on the real thing (issues 7 and 17): a Spark standalone cluster (a Master and
# two Workers on 127.0.0.1, from the Maven-assembled spark-home) runs the shaded jar with
# spark-submit over the bundled sample, and its tables must equal a local[2] run's, with
# rules-only extraction and again with the shipped NER model. Then the faults, each proven to
# have happened (a fault that did not happen fails the step): a Worker killed while it runs an
# executor, which the Master reports lost; the driver killed with SIGKILL inside ingest's,
# extract's and trends' writes (data files written, commit not in the Delta log); two runs at
# once on one warehouse; each must end with tables identical to the clean run. Last, a damaged
# warehouse (truncated _delta_log commit, missing data file) must stop the run with one line
# naming the table and the fix, and leave the other tables as they were.
# Every process is started in its own process group with the JVM as its leader (setsid, which
# execs without forking here), so the PID held is the JVM's; at the end none may be left alive.
# Needs: `mvn -B -DskipTests package` done, python3 with deltalake (ops/test/requirements.txt).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export SPARK_HOME=$ROOT/spark-home/target/spark-home
export SPARK_SCALA_VERSION=2.12
JAR=$ROOT/jobs/target/news-analytics-jobs-all.jar
COMPARE="python3 $ROOT/ops/test/compare_tables.py"
mapfile -t FLAGS < <(grep -v '^[[:space:]]*$' "$ROOT/conf/java17-flags")
[[ -f $JAR && -d $SPARK_HOME/jars ]] || { echo "cluster-and-faults: build first (mvn -B -DskipTests package)" >&2; exit 1; }

WORK=$(mktemp -d /tmp/na-ops.XXXXXX)
PIDS=() # process-group leaders: each the JVM that was started
export SPARK_LOCAL_IP=127.0.0.1 # loopback only, drivers and executors included

log() { echo "[ops $(date +%H:%M:%S)] $*"; }
fail() { echo "[ops] FAILED: $*" >&2; exit 1; }

alive_in_groups() { # the PIDs still alive in the process groups started here
  local pid
  for pid in "${PIDS[@]}"; do pgrep -g "$pid" || true; done
}
stop_all() {
  local pid
  for pid in "${PIDS[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for ((i = 0; i < 20; i++)); do [[ -z $(alive_in_groups) ]] && break; sleep 0.5; done
  for pid in "${PIDS[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
  sleep 0.5
}
cleanup() {
  stop_all
  rm -rf "$WORK"
}
trap cleanup EXIT

start() { # start LOG COMMAND...: in the background, in its own process group; STARTED = the JVM's PID
  local log=$1; shift
  setsid "$@" > "$log" 2>&1 < /dev/null &
  STARTED=$!
  PIDS+=("$STARTED")
  # setsid execs in place (a background child is no group leader), so $! becomes the JVM
  for ((i = 0; i < 100; i++)); do
    [[ $(ps -o comm= -p "$STARTED" 2>/dev/null) == java ]] && return 0
    [[ -e /proc/$STARTED ]] || return 0 # already ended: its exit status tells
    sleep 0.05
  done
  fail "pid $STARTED is not a JVM: $(ps -o args= -p "$STARTED")"
}
wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
  local limit=$1 what=$2; shift 2
  for ((i = 0; i < limit * 5; i++)); do "$@" && return 0; sleep 0.2; done
  fail "timed out after ${limit}s waiting for $what"
}

read -r MASTER_PORT MASTER_UI W1_UI W2_UI < <(python3 "$ROOT/ops/test/spark_status.py" free-ports 4 | paste -sd ' ')
MASTER=spark://127.0.0.1:$MASTER_PORT
MASTER_URL=http://127.0.0.1:$MASTER_UI
STATUS="python3 $ROOT/ops/test/spark_status.py"

daemon() { # daemon LOG CLASS ARGS...: a Spark daemon from the assembled home, Spark's own INFO logging
  local log=$1; shift
  start "$log" java "${FLAGS[@]}" -Xmx512m -cp "$SPARK_HOME/jars/*" "$@"
}
# The faults are about operations, not models: rules-only extraction (--no-ner) keeps each run
# short. Spark NLP's embeddings storage on a standalone cluster is a separate, open problem
# (README, "Operating it").
submit() { # submit LOG MASTER WAREHOUSE [extra args]: the nightly run over the bundled sample, in the background
  local log=$1 master=$2 warehouse=$3; shift 3
  start "$log" java "${FLAGS[@]}" -Xmx3g -Dlog4j2.configurationFile="$ROOT/conf/log4j2.properties" \
    -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit --master "$master" \
    --conf spark.ui.showConsoleProgress=false --conf spark.executor.memory=2g \
    --class org.newsanalytics.jobs.NewsAnalytics "$JAR" run --input "$ROOT/data/samples" --warehouse "$warehouse" "$@"
}
run_to_end() { # run_to_end LOG MASTER WAREHOUSE [extra args]: the same, waited for; its exit status
  submit "$@" --no-ner
  wait "$STARTED"
}
run_ner_to_end() {
  submit "$@"
  wait "$STARTED"
}

cd "$ROOT"

log "1/6 reference run, local[2]"
run_to_end "$WORK/local.log" 'local[2]' "$WORK/local" || { cat "$WORK/local.log"; fail "local run"; }
grep -E '^(ingest|extract|trends):' "$WORK/local.log"

log "2/6 a damaged warehouse is reported, not crashed through"
fingerprint() { # fingerprint WAREHOUSE EXCEPT...: checksums of every file outside runs/ and the tables named
  local wh=$1; shift
  # the _*_state files beside the tables are caches of table versions: a failed run's runs row
  # rewrites _runs_state, as it appends to runs/
  (cd "$wh" && find . -type f | grep -vE "^\./(runs$(printf '|%s' "$@"))/" | grep -vE '^\./\.?_[a-z]+_state(\.crc)?$' \
    | sort | xargs md5sum)
}
damaged() { # damaged NAME TABLE DAMAGE_COMMAND: copy the clean warehouse, damage TABLE, run, expect one line
  local name=$1 table=$2 wh="$WORK/damaged-$1"; shift 2
  cp -r "$WORK/local" "$wh"
  (cd "$wh/$table" && eval "$1")
  local before
  before=$(fingerprint "$wh" "$table")
  # --full: a nightly run with nothing new reads only what it needs (trends skip when no table
  # changed), so the damaged run re-analyses everything and so reads every table
  if run_to_end "$WORK/$name.log" 'local[2]' "$wh" --full; then fail "a run on a warehouse with $name in $table succeeded"; fi
  local line
  line=$(grep -E '^news-analytics run: error:' "$WORK/$name.log" || true)
  [[ $(grep -c '' <<< "$line") -eq 1 && -n $line ]] || { tail -30 "$WORK/$name.log"; fail "$name: expected one error line"; }
  grep -q "table $table " <<< "$line" || fail "$name: the error does not name table $table: $line"
  grep -qi "restore" <<< "$line" || fail "$name: the error does not say what to do: $line"
  [[ $(fingerprint "$wh" "$table") == "$before" ]] || fail "$name: another table was touched"
  echo "$line"
}
damaged truncated-commit articles 'f=$(ls _delta_log/*.json | sort | tail -1); head -c $(( $(stat -c %s "$f") / 2 )) "$f" > "$f.cut" && mv "$f.cut" "$f"'
damaged missing-file entities 'rm "$(find . -name "*.parquet" -not -path "./_delta_log/*" | sort | head -1)"'
log "each damage stopped the run with one line naming the table and the fix; no other table changed"


log "3/6 standalone cluster: Master + 2 Workers on 127.0.0.1 (ports $MASTER_PORT, UIs $MASTER_UI $W1_UI $W2_UI)"
daemon "$WORK/master.log" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$MASTER_PORT" --webui-port "$MASTER_UI"
wait_for 60 "the master" grep -q "I have been elected leader" "$WORK/master.log"
for w in 1 2; do
  ui=$([[ $w == 1 ]] && echo "$W1_UI" || echo "$W2_UI")
  daemon "$WORK/worker$w.log" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 --memory 3g \
    --webui-port "$ui" --work-dir "$WORK/worker$w" "$MASTER"
  eval "WORKER$w=$STARTED"
done
for w in 1 2; do
  wait_for 90 "worker $w to register" grep -q "Successfully registered with master" "$WORK/worker$w.log"
done
run_to_end "$WORK/cluster.log" "$MASTER" "$WORK/cluster" || { tail -50 "$WORK/cluster.log"; fail "cluster run"; }
$COMPARE same "$WORK/local" "$WORK/cluster" || fail "cluster tables differ from local[2]"
log "cluster tables equal the local[2] tables"

log "3b/6 NER on the cluster: the model's embeddings must reach executors that cannot read the driver's disk"
run_ner_to_end "$WORK/local-ner.log" 'local[2]' "$WORK/local-ner" || { tail -50 "$WORK/local-ner.log"; fail "local NER run"; }
run_ner_to_end "$WORK/cluster-ner.log" "$MASTER" "$WORK/cluster-ner" || { tail -50 "$WORK/cluster-ner.log"; fail "cluster NER run"; }
grep -E '^extract:' "$WORK/cluster-ner.log"
# the tagger's confidence moves with how TensorFlow batches sentences, which differs between
# local[2] and executors (seen: 0.48 vs 0.54 for the same mention); spans, types and names may not
$COMPARE same --ignore entities.confidence "$WORK/local-ner" "$WORK/cluster-ner" || fail "cluster NER tables differ from local[2]"
log "NER tables on the cluster equal the local[2] ones (model confidences aside)"

log "4/6 a Worker killed with SIGKILL while it runs an executor of the job"
submit "$WORK/worker-killed.log" "$MASTER" "$WORK/worker-killed" --no-ner
APP=$STARTED
executor_on_worker2() { [[ -n $(pgrep -P "$WORKER2" -f CoarseGrainedExecutorBackend) ]]; }
wait_for 180 "an executor on worker 2" executor_on_worker2
wait_for 180 "the articles table" test -d "$WORK/worker-killed/articles/_delta_log"
EXECUTOR=$(pgrep -P "$WORKER2" -f CoarseGrainedExecutorBackend | head -1)
[[ $($STATUS executors "http://127.0.0.1:$W2_UI") -ge 1 ]] || fail "worker 2 reports no executor"
kill -0 "$APP" 2>/dev/null || fail "the job ended before the worker could be killed"
[[ -d $WORK/worker-killed/events/_delta_log ]] && fail "the job was past its last stage: the kill would not be mid-job"
kill -9 "$WORKER2"
log "killed worker 2 (JVM pid $WORKER2, running executor pid $EXECUTOR) mid-job"
worker2_dead() { [[ $($STATUS worker-state "$MASTER_URL" "$W2_UI") == DEAD ]]; }
wait_for 120 "the master to report worker 2 lost" worker2_dead
grep -m1 "Removing worker" "$WORK/master.log" || true # the Master's own log line, beside its JSON state
log "the master reports worker 2 DEAD ($MASTER_URL/json/)"
wait "$APP" || { tail -50 "$WORK/worker-killed.log"; fail "the run did not survive a lost worker"; }
$COMPARE same "$WORK/local" "$WORK/worker-killed" || fail "tables after a lost worker differ"
log "the job completed on the remaining worker with identical tables"

log "5/6 the driver killed with SIGKILL inside ingest's, extract's and trends' writes"
# local[1] and more shuffle partitions: a write's files land one task after another, so a
# write is caught between its first data file and its commit
for point in ingest:articles extract:entities trends:events; do
  stage=${point%%:*} table=${point#*:}
  caught=""
  for attempt in 1 2 3; do
    wh="$WORK/killed-$stage-$attempt"
    submit "$WORK/killed-$stage-$attempt.log" 'local[1]' "$wh" --no-ner --conf spark.sql.shuffle.partitions=16
    if python3 "$ROOT/ops/test/kill_in_write.py" "$STARTED" "$wh/$table" --timeout 300; then
      wait "$STARTED" 2>/dev/null || true
      caught=$wh
      break
    fi
    kill -9 "$STARTED" 2>/dev/null || true
    wait "$STARTED" 2>/dev/null || true
    log "attempt $attempt did not catch $stage inside its write; again"
  done
  [[ -n $caught ]] || fail "the driver was never killed inside $stage's write to $table"
  $COMPARE readable "$caught" || fail "a table is unreadable after the kill in $stage's write"
  $COMPARE unique "$caught" || fail "partial or repeated rows after the kill in $stage's write"
  run_to_end "$WORK/rerun-$stage.log" 'local[2]' "$caught" || { tail -50 "$WORK/rerun-$stage.log"; fail "rerun after the kill in $stage"; }
  $COMPARE same "$WORK/local" "$caught" || fail "tables after the kill in $stage's write and a rerun differ"
  log "killed inside $stage's write: every table readable, no repeated rows; the rerun equals the clean run"
done

log "6/6 two runs at the same time on one warehouse"
submit "$WORK/concurrent-a.log" 'local[1]' "$WORK/concurrent" --no-ner
A=$STARTED
submit "$WORK/concurrent-b.log" 'local[1]' "$WORK/concurrent" --no-ner
B=$STARTED
set +e
wait "$A"; EA=$?
wait "$B"; EB=$?
set -e
log "exit codes: $EA and $EB"
for x in a b; do
  if ! grep -qE '^trends:' "$WORK/concurrent-$x.log"; then
    grep -qiE 'concurrent|conflict' "$WORK/concurrent-$x.log" || { tail -30 "$WORK/concurrent-$x.log"; fail "run $x failed without a concurrency message"; }
    grep -iE 'error' "$WORK/concurrent-$x.log" | tail -1
  fi
done
[[ $EA -eq 0 || $EB -eq 0 ]] || log "both concurrent runs stopped on a conflict; a third run must finish the work"
$COMPARE unique "$WORK/concurrent" || fail "duplicate rows after concurrent runs"
run_to_end "$WORK/concurrent-c.log" 'local[2]' "$WORK/concurrent" || fail "run after the concurrent pair"
$COMPARE same "$WORK/local" "$WORK/concurrent" || fail "tables after concurrent runs differ"
log "no duplicate rows; tables identical after a final run"

stop_all
left=$(alive_in_groups)
[[ -z $left ]] || fail "processes still alive after the test: $left"
log "every process started here has ended"
echo "ops tests: 6 passed, 0 failed"
