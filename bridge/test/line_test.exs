defmodule ExESDBTop.Bridge.LineTest do
  use ExUnit.Case, async: true

  alias ExESDBGater.Messages.HealthMessages.{ClusterHealth, ComponentHealth}
  alias ExESDBGater.Messages.MetricsMessages.LatencyMetric
  alias ExESDBTop.Bridge.{Config, Line, Normalize}
  alias ExESDBTop.Bridge.JSON.Own

  defp config(opts \\ []), do: Config.new([name: __MODULE__, secret: nil, json: :own] ++ opts)

  defp decoded({:ok, line}) do
    assert String.ends_with?(line, "\n")
    refute String.contains?(String.trim_trailing(line, "\n"), "\n")
    {:ok, object} = Own.decode(line)
    object
  end

  describe "plain terms" do
    test "keep times as ISO-8601 with the precision given" do
      assert Normalize.plain(~U[2026-11-26 13:45:01.123Z]) == "2026-11-26T13:45:01.123Z"
      assert Normalize.plain(~U[2026-11-26 13:45:01.123456Z]) == "2026-11-26T13:45:01.123456Z"
      assert Normalize.plain(~U[2026-11-26 13:45:01Z]) == "2026-11-26T13:45:01Z"
      assert Normalize.plain(~N[2026-11-26 13:45:01.123]) == "2026-11-26T13:45:01.123"
      assert Normalize.plain(~D[2026-11-26]) == "2026-11-26"
    end

    test "write atoms, modules and keys as text and nil as null" do
      assert Normalize.plain(%{
               :healthy => :degraded,
               "s" => nil,
               1 => true,
               {:a, 1} => ExESDB.Store
             }) ==
               %{"healthy" => "degraded", "s" => nil, "1" => true, "{:a, 1}" => "ExESDB.Store"}
    end

    test "write pids, references, ports, functions, tuples and improper lists as inspect text" do
      pid = self()
      ref = make_ref()
      port = hd(Port.list())
      fun = &String.trim/1

      assert Normalize.plain([pid, ref, port, fun, {:ok, 1}, [1 | 2]]) ==
               [inspect(pid), inspect(ref), inspect(port), inspect(fun), "{:ok, 1}", "[1 | 2]"]
    end

    test "write binaries that are not UTF-8 as inspect text" do
      assert Normalize.plain(<<255, 0, 1>>) == "<<255, 0, 1>>"
      assert Normalize.plain(<<1::3>>) == "<<1::size(3)>>"
      assert Normalize.plain("ok ✓") == "ok ✓"
    end

    test "keep nested maps and lists, and other structs as maps" do
      assert Normalize.plain(%{
               details: %{"store_id" => :reg_gh, list: [%{a: [1.5]}]},
               uri: URI.parse("http://x")
             }) ==
               %{
                 "details" => %{"store_id" => "reg_gh", "list" => [%{"a" => [1.5]}]},
                 "uri" => URI.parse("http://x") |> Map.from_struct() |> Normalize.plain()
               }
    end
  end

  describe "event lines" do
    test "carry the envelope first, then every field under its real name" do
      health = %ClusterHealth{
        status: :degraded,
        healthy_nodes: 3,
        total_nodes: 4,
        degraded_nodes: [:node4@demo],
        unhealthy_nodes: [],
        quorum_status: :available,
        timestamp: ~U[2026-11-26 13:45:01.123Z]
      }

      {:ok, line} =
        Line.event(config(), :cluster_health_updated, health, :ex_esdb_health, "cluster:health")

      assert line ==
               ~s({"type":"ClusterHealth","tag":"cluster_health_updated","pubsub":"ex_esdb_health",) <>
                 ~s("topic":"cluster:health","node":"#{Node.self()}","seq":1,"degraded_nodes":["node4@demo"],) <>
                 ~s("healthy_nodes":3,"quorum_status":"available","status":"degraded",) <>
                 ~s("timestamp":"2026-11-26T13:45:01.123Z","total_nodes":4,"unhealthy_nodes":[]}\n)
    end

    test "use the payload's node, number lines in order, and add a timestamp when there is none" do
      config = config()

      metric = %LatencyMetric{
        operation: :persistence_write,
        latency_ms: 45.2,
        percentile: :p95,
        sample_count: 1000,
        node: :node1@demo
      }

      first =
        decoded(Line.event(config, :latency_metric, metric, :ex_esdb_metrics, "performance"))

      second =
        decoded(Line.event(config, :latency_metric, metric, :ex_esdb_metrics, "performance"))

      assert first["type"] == "LatencyMetric"
      assert first["node"] == "node1@demo"
      assert first["latency_ms"] == 45.2
      assert first["percentile"] == "p95"
      assert {first["seq"], second["seq"]} == {1, 2}
      assert {:ok, _time, 0} = DateTime.from_iso8601(first["timestamp"])
    end

    test "name map payloads after their tag, keep µs timestamps and clashing keys" do
      event = %{
        component: :emitter_worker,
        event_type: :startup,
        store_id: :reg_gh,
        pid: self(),
        timestamp: ~U[2026-11-26 13:45:01.123456Z],
        message: "🩺 SUBSCRIBED to health events for store: reg_gh",
        metadata: %{topic: "reg_gh:health"},
        type: :clash
      }

      line =
        decoded(Line.event(config(), :log_event, event, :ex_esdb_logging, "logging:store:reg_gh"))

      assert line["type"] == "LogEvent"
      assert line["_type"] == "clash"
      assert line["pid"] == inspect(self())
      assert line["timestamp"] == "2026-11-26T13:45:01.123456Z"
      assert line["message"] == event.message
      assert line["metadata"] == %{"topic" => "reg_gh:health"}
      assert line["node"] == Atom.to_string(Node.self())
    end

    test "keep a payload that is not a map under value" do
      line = decoded(Line.event(config(), :metrics_update, {:cpu, 12.5}, :gater, "gater:metrics"))
      assert {line["type"], line["value"]} == {"MetricsUpdate", "{:cpu, 12.5}"}
    end

    test "refuse lines over max_line_bytes" do
      health = %ComponentHealth{component: :store, details: %{blob: String.duplicate("x", 2_000)}}

      assert Line.event(config(max_line_bytes: 1_000), :component_health_updated, health, :h, "t") ==
               {:error, :oversized}
    end
  end

  test "topology lines give leader, members and quorum, or what failed" do
    ok =
      decoded(
        Line.topology(config(), :reg_gh, {:ok, :n1@demo}, {:ok, [:n1@demo, :n2@demo, :n3@demo]})
      )

    assert {ok["store"], ok["leader"], ok["members"], ok["quorum_size"]} ==
             {"reg_gh", "n1@demo", ["n1@demo", "n2@demo", "n3@demo"], 2}

    refute Map.has_key?(ok, "error")

    failed = decoded(Line.topology(config(), :reg_gh, {:ok, nil}, {:error, :noproc}))

    assert {failed["leader"], failed["members"], failed["quorum_size"], failed["error"]} ==
             {nil, [], nil, "members: :noproc"}
  end
end
