#!/usr/bin/env bash
# Operations tests on the real thing (issue 7): a Spark standalone cluster (a Master and two
# Workers on 127.0.0.1, from the Maven-assembled spark-home) runs the shaded jar with
# spark-submit over the bundled sample, and its tables must equal a local[2] run's, with
# rules-only extraction and again with the shipped NER model. Then the
# faults: a Worker killed mid-job, the driver killed with SIGKILL mid-run, and two runs at once
# on one warehouse; each must end with tables identical to the clean run.
# Needs: `mvn -B -DskipTests package` done, python3 with deltalake (ops/test/compare_tables.py).
# Stops every process it started, by PID, on any exit.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export SPARK_HOME=$ROOT/spark-home/target/spark-home
export SPARK_SCALA_VERSION=2.12
JAR=$ROOT/jobs/target/news-analytics-jobs-all.jar
COMPARE="python3 $ROOT/ops/test/compare_tables.py"
mapfile -t FLAGS < <(grep -v '^[[:space:]]*$' "$ROOT/conf/java17-flags")
[[ -f $JAR && -d $SPARK_HOME/jars ]] || { echo "cluster-and-faults: build first (mvn -B -DskipTests package)" >&2; exit 1; }

WORK=$(mktemp -d /tmp/na-ops.XXXXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  sleep 1
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

log() { echo "[ops $(date +%H:%M:%S)] $*"; }
fail() { echo "[ops] FAILED: $*" >&2; exit 1; }

spark_class() { # run a Spark daemon from the assembled home, with Spark's own INFO logging (read below)
  java "${FLAGS[@]}" -Xmx512m -cp "$SPARK_HOME/jars/*" "$@"
}
# The faults are about operations, not models: rules-only extraction (--no-ner) keeps each run
# short. Spark NLP's embeddings storage on a standalone cluster is a separate, open problem
# (README, "Operating it").
submit() { # submit MASTER WAREHOUSE [extra args]: the nightly run over the bundled sample, rules-only extraction
  submit_with_ner "$@" --no-ner
}
submit_with_ner() { # the same run with the shipped NER model
  local master=$1 warehouse=$2; shift 2
  java "${FLAGS[@]}" -Xmx3g -Dlog4j2.configurationFile="$ROOT/conf/log4j2.properties" -cp "$SPARK_HOME/jars/*" \
    org.apache.spark.deploy.SparkSubmit --master "$master" --conf spark.ui.showConsoleProgress=false \
    --conf spark.executor.memory=2g --class org.newsanalytics.jobs.NewsAnalytics "$JAR" \
    run --input "$ROOT/data/samples" --warehouse "$warehouse" "$@"
}
wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
  local limit=$1 what=$2; shift 2
  for ((i = 0; i < limit * 2; i++)); do "$@" && return 0; sleep 0.5; done
  fail "timed out after ${limit}s waiting for $what"
}

cd "$ROOT"

log "1/5 reference run, local[2]"
submit 'local[2]' "$WORK/local" > "$WORK/local.log" 2>&1 || { cat "$WORK/local.log"; fail "local run"; }
grep -E '^(ingest|extract|trends):' "$WORK/local.log"

log "2/5 standalone cluster: Master + 2 Workers on 127.0.0.1"
spark_class org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 7077 --webui-port 18080 > "$WORK/master.log" 2>&1 &
PIDS+=($!)
wait_for 60 "the master" grep -q "I have been elected leader" "$WORK/master.log"
for w in 1 2; do
  spark_class org.apache.spark.deploy.worker.Worker --cores 1 --memory 3g --webui-port $((18080 + w)) \
    --work-dir "$WORK/worker$w" spark://127.0.0.1:7077 > "$WORK/worker$w.log" 2>&1 &
  PIDS+=($!)
  eval "WORKER$w=$!"
done
for w in 1 2; do
  wait_for 90 "worker $w to register" grep -q "Successfully registered with master" "$WORK/worker$w.log"
done
submit spark://127.0.0.1:7077 "$WORK/cluster" > "$WORK/cluster.log" 2>&1 || { tail -50 "$WORK/cluster.log"; fail "cluster run"; }
$COMPARE same "$WORK/local" "$WORK/cluster" || fail "cluster tables differ from local[2]"
log "cluster tables equal the local[2] tables"

log "2b/5 NER on the cluster: the model's embeddings must reach executors that cannot read the driver's disk"
submit_with_ner 'local[2]' "$WORK/local-ner" > "$WORK/local-ner.log" 2>&1 || { tail -50 "$WORK/local-ner.log"; fail "local NER run"; }
submit_with_ner spark://127.0.0.1:7077 "$WORK/cluster-ner" > "$WORK/cluster-ner.log" 2>&1 || { tail -50 "$WORK/cluster-ner.log"; fail "cluster NER run"; }
grep -E '^extract:' "$WORK/cluster-ner.log"
# the tagger's confidence moves with how TensorFlow batches sentences, which differs between
# local[2] and executors (seen: 0.48 vs 0.54 for the same mention); spans, types and names may not
$COMPARE same --ignore entities.confidence "$WORK/local-ner" "$WORK/cluster-ner" || fail "cluster NER tables differ from local[2]"
log "NER tables on the cluster equal the local[2] ones (model confidences aside)"

log "3/5 a Worker killed with SIGKILL in the middle of a job"
submit spark://127.0.0.1:7077 "$WORK/worker-killed" > "$WORK/worker-killed.log" 2>&1 &
APP=$!
PIDS+=($APP)
wait_for 180 "executors on both workers" bash -c "ls '$WORK'/worker1/app-* '$WORK'/worker2/app-* >/dev/null 2>&1"
wait_for 180 "the articles table" test -d "$WORK/worker-killed/articles/_delta_log"
kill -9 "$WORKER2"
log "killed worker 2 (pid $WORKER2)"
wait "$APP" || { tail -50 "$WORK/worker-killed.log"; fail "the run did not survive a lost worker"; }
$COMPARE same "$WORK/local" "$WORK/worker-killed" || fail "tables after a lost worker differ"
log "the job completed on the remaining worker with identical tables"

log "4/5 the driver killed with SIGKILL during the run"
submit 'local[2]' "$WORK/driver-killed" > "$WORK/driver-killed.log" 2>&1 &
DRIVER=$!
PIDS+=($DRIVER)
wait_for 300 "the extract stage to start writing" test -d "$WORK/driver-killed/entities/_delta_log"
kill -9 "$DRIVER"
wait "$DRIVER" 2>/dev/null || true
log "killed the driver (pid $DRIVER)"
$COMPARE readable "$WORK/driver-killed" || fail "a table is unreadable after the driver was killed"
$COMPARE unique "$WORK/driver-killed" || fail "partial or repeated rows after the kill"
submit 'local[2]' "$WORK/driver-killed" > "$WORK/driver-rerun.log" 2>&1 || { tail -50 "$WORK/driver-rerun.log"; fail "rerun after kill"; }
$COMPARE same "$WORK/local" "$WORK/driver-killed" || fail "tables after kill + rerun differ"
log "every table stayed readable; the rerun completed with identical tables"

log "5/5 two runs at the same time on one warehouse"
submit 'local[1]' "$WORK/concurrent" > "$WORK/concurrent-a.log" 2>&1 &
A=$!
submit 'local[1]' "$WORK/concurrent" > "$WORK/concurrent-b.log" 2>&1 &
B=$!
PIDS+=($A $B)
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
submit 'local[2]' "$WORK/concurrent" > "$WORK/concurrent-c.log" 2>&1 || fail "run after the concurrent pair"
$COMPARE same "$WORK/local" "$WORK/concurrent" || fail "tables after concurrent runs differ"
log "no duplicate rows; tables identical after a final run"

echo "ops tests: 5 passed, 0 failed"
