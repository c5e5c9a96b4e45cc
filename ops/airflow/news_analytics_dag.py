"""Nightly news-analytics pipeline on a Spark cluster, with Airflow's SparkSubmitOperator.

Needs apache-airflow-providers-apache-spark and a Spark connection (`spark_default`, or set
SPARK_CONN_ID) whose host is the cluster's master, e.g. spark://master:7077 or yarn.
Copy the shaded jar (jobs/target/news-analytics-jobs-all.jar, from `mvn -B -DskipTests package`)
to JAR below. One task per stage, so a failed stage is retried alone and the tasks after it
wait; every stage only processes what is new, so retries and reruns are safe.
"""
from datetime import datetime, timedelta
import os

from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

JAR = os.environ.get("NEWS_ANALYTICS_JAR", "/opt/news-analytics/news-analytics-jobs-all.jar")
WAREHOUSE = os.environ.get("NEWS_ANALYTICS_WAREHOUSE", "hdfs:///news/warehouse")
INCOMING = os.environ.get("NEWS_ANALYTICS_INCOMING", "hdfs:///news/incoming")
CONN_ID = os.environ.get("SPARK_CONN_ID", "spark_default")

# Spark 3.5 on Java 17: the driver needs these (executors get them from Spark itself).
JAVA17 = " ".join(
    ["-XX:+IgnoreUnrecognizedVMOptions", "-Djdk.reflect.useDirectMethodHandle=false"]
    + [f"--add-opens={m}=ALL-UNNAMED" for m in (
        "java.base/java.lang", "java.base/java.lang.invoke", "java.base/java.lang.reflect",
        "java.base/java.io", "java.base/java.net", "java.base/java.nio", "java.base/java.util",
        "java.base/java.util.concurrent", "java.base/java.util.concurrent.atomic",
        "java.base/jdk.internal.ref", "java.base/sun.nio.ch", "java.base/sun.nio.cs",
        "java.base/sun.security.action", "java.base/sun.util.calendar",
        "java.security.jgss/sun.security.krb5")]
)


def stage(task_id, *args):
    return SparkSubmitOperator(
        task_id=task_id,
        conn_id=CONN_ID,
        application=JAR,
        java_class="org.newsanalytics.jobs.NewsAnalytics",
        application_args=[*args, "--warehouse", WAREHOUSE],
        driver_memory="4g",
        executor_memory="6g",
        conf={"spark.driver.extraJavaOptions": JAVA17},
        name=f"news-analytics-{task_id}",
    )


with DAG(
    dag_id="news_analytics_nightly",
    start_date=datetime(2026, 1, 1),
    schedule="30 2 * * *",
    catchup=False,
    max_active_runs=1,  # two runs on one warehouse would only race for the same rows
    default_args={"retries": 2, "retry_delay": timedelta(minutes=15)},
    tags=["news-analytics"],
) as dag:
    ingest = stage("ingest", "ingest", "--input", INCOMING)
    extract = stage("extract", "extract")
    trends = stage("trends", "trends")
    ingest >> extract >> trends
