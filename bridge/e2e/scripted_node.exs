# A real BEAM node running the bridge for exesdb-top's end-to-end tests (scripts/bridge-node).
#
# Starts the stand-in PubSub servers under ExESDB's names (test/support), a bridge on a free
# loopback port with a secret, and prints `port N` on stdout. Then, every `--interval-ms`,
# broadcasts one round of scripted ExESDB messages in all three wrappers (and one secure
# message with a forged HMAC, which the bridge must drop), so a console that connects at any
# time sees them. Every `{:alert_acknowledged, ack}` seen on :ex_esdb_alerts "alerts" is
# printed as an `ack …` line on stdout and appended to `--acks FILE` when given.
#
# The node halts when its standard input ends (the test closed the pipe or died), or after
# `--max-seconds`.

defmodule ExESDBTop.Bridge.E2E.ScriptedNode do
  @moduledoc false

  alias ExESDBGater.Messages.{AlertMessages, HealthMessages, MetricsMessages}
  alias ExESDBTop.Bridge.Envelope
  alias ExESDBTop.Bridge.Test.{PubSub, Topology}

  @secret "exesdb-top-e2e-secret"
  @store :reg_e2e
  @nodes [:node1@e2e, :node2@e2e, :node3@e2e, :node4@e2e]
  @servers [
    :ex_esdb_health,
    :ex_esdb_metrics,
    :ex_esdb_alerts,
    :ex_esdb_diagnostics,
    :ex_esdb_logging
  ]

  def main(argv) do
    {options, _rest} =
      OptionParser.parse!(argv,
        strict: [acks: :string, interval_ms: :integer, max_seconds: :integer]
      )

    halt_at_end_of_input()
    halt_after(Keyword.get(options, :max_seconds, 300))

    {:ok, _} = Supervisor.start_link(Enum.map(@servers, &{PubSub, &1}), strategy: :one_for_one)
    Topology.put(@store, {:ok, hd(@nodes)}, {:ok, @nodes})

    {:ok, _} =
      ExESDBTop.Bridge.start_link(
        port: 0,
        pubsub_module: PubSub,
        secret: @secret,
        stores: [@store],
        topology_module: Topology,
        heartbeat_interval_ms: 1_000,
        topology_interval_ms: 1_000
      )

    log_acks(Keyword.get(options, :acks))
    await_subscriptions()
    {:ok, port} = ExESDBTop.Bridge.port()
    IO.puts("port #{port}")
    broadcast_rounds(Keyword.get(options, :interval_ms, 1_000), 1)
  end

  defp broadcast_rounds(interval_ms, round) do
    Enum.each(messages(round), fn {server, topic, message} ->
      PubSub.broadcast(server, topic, message)
    end)

    Process.sleep(interval_ms)
    broadcast_rounds(interval_ms, round + 1)
  end

  defp messages(round) do
    now = DateTime.utc_now() |> DateTime.truncate(:millisecond)
    [node1, node2, node3, node4] = @nodes

    health =
      for {node, status} <-
            [{node1, :healthy}, {node2, :healthy}, {node3, :healthy}] ++
              [{node4, :degraded}] do
        secure(:ex_esdb_health, "node_health", :node_health_updated, %HealthMessages.NodeHealth{
          node: node,
          status: status,
          checks: %{khepri: :ok, ra: :ok},
          load_avg: 0.42,
          memory_usage: 61.5,
          disk_usage: 38.0,
          timestamp: now
        })
      end

    health ++
      [
        secure(
          :ex_esdb_health,
          "cluster:health",
          :cluster_health_updated,
          %HealthMessages.ClusterHealth{
            status: :degraded,
            healthy_nodes: 3,
            total_nodes: 4,
            degraded_nodes: [node4],
            unhealthy_nodes: [],
            quorum_status: :available,
            timestamp: now
          }
        ),
        unsecured(
          :ex_esdb_metrics,
          "performance",
          :throughput_metric,
          %MetricsMessages.ThroughputMetric{
            operation: "event_emission",
            count: 1250,
            duration_ms: 1000,
            rate_per_sec: 1250.0,
            node: node1,
            timestamp: now
          }
        ),
        unsecured(
          :ex_esdb_metrics,
          "performance",
          :throughput_metric,
          %MetricsMessages.ThroughputMetric{
            operation: "stream_read",
            count: 310,
            duration_ms: 1000,
            rate_per_sec: 310.0,
            node: node2,
            timestamp: now
          }
        ),
        bare(:ex_esdb_metrics, "performance", :latency_metric, %MetricsMessages.LatencyMetric{
          operation: "persistence_write",
          latency_ms: 45.2,
          percentile: :p95,
          sample_count: 1000,
          node: node1,
          timestamp: now
        }),
        unsecured(
          :ex_esdb_metrics,
          "system_resources",
          :resource_usage,
          %MetricsMessages.ResourceUsage{
            resource_type: :memory,
            usage_percent: 67.8,
            total_available: 8_589_934_592,
            current_used: 5_838_471_372,
            node: node2,
            timestamp: now
          }
        ),
        secure(:ex_esdb_alerts, "node_failure", :system_alert, %AlertMessages.SystemAlert{
          alert_id: "e2e_alert_1",
          severity: :critical,
          category: :system,
          title: "Node node4@e2e unresponsive",
          description: "No heartbeat for 30 s",
          source: "NodeMonitor",
          node: node1,
          metadata: %{failed_node: node4, cluster_size: 4},
          requires_ack: true,
          timestamp: now
        }),
        forged(:ex_esdb_alerts, "node_failure", :system_alert, %AlertMessages.SystemAlert{
          alert_id: "e2e_forged",
          severity: :critical,
          category: :security,
          title: "Forged alert that must not be shown",
          description: "signed with the wrong key",
          source: "attacker",
          node: node3,
          metadata: %{},
          requires_ack: true,
          timestamp: now
        }),
        unsecured(
          :ex_esdb_alerts,
          "resource_warning",
          :metric_alert,
          %MetricsMessages.MetricAlert{
            metric_name: "memory_usage",
            current_value: 89.5,
            threshold_value: 85.0,
            threshold_type: :max,
            severity: :warning,
            node: node2,
            timestamp: now
          }
        )
      ] ++ log_events(round)
  end

  defp log_events(round) do
    [
      {"startup", "🩺 SUBSCRIBED to health events for store: reg_e2e"},
      {"activation", "★ EMITTER WORKER ACTIVATION ★ Topic: \"reg_e2e:orders\""},
      {"broadcast", "⚡ BROADCASTING Event: e2e-#{round}(order_placed) - Topic: reg_e2e:orders"}
    ]
    |> Enum.map(fn {event_type, message} ->
      bare(:ex_esdb_logging, "logging:store:#{@store}", :log_event, %{
        component: :emitter_worker,
        event_type: event_type,
        store_id: @store,
        pid: self(),
        timestamp: DateTime.utc_now(),
        message: message,
        metadata: %{round: round}
      })
    end)
  end

  defp secure(server, topic, tag, struct),
    do: {server, topic, Envelope.seal({tag, struct}, @secret)}

  defp unsecured(server, topic, tag, struct),
    do: {server, topic, {:unsecured_message, {tag, struct}}}

  defp bare(server, topic, tag, payload), do: {server, topic, {tag, payload}}

  defp forged(server, topic, tag, struct),
    do:
      {server, topic,
       {:secure_message, Envelope.signature({tag, struct}, "not-the-secret"), {tag, struct}}}

  defp await_subscriptions do
    wanted = ExESDBTop.Bridge.config().subscriptions

    unless Enum.all?(wanted, fn {server, topic} -> Registry.lookup(server, topic) != [] end) do
      Process.sleep(10)
      await_subscriptions()
    end
  end

  defp log_acks(path) do
    parent = self()

    spawn_link(fn ->
      :ok = PubSub.subscribe(:ex_esdb_alerts, "alerts")
      send(parent, :ack_logger_ready)
      ack_loop(path)
    end)

    receive do
      :ack_logger_ready -> :ok
    end
  end

  defp ack_loop(path) do
    receive do
      message ->
        case {wrapper(message), Envelope.open(message, @secret)} do
          {wrapper, {:ok, :alert_acknowledged, ack}} ->
            line = "ack #{wrapper} #{inspect({:alert_acknowledged, ack})}"
            IO.puts(line)
            if path, do: File.write!(path, line <> "\n", [:append])

          _other ->
            :ignored
        end
    end

    ack_loop(path)
  end

  defp wrapper({:secure_message, _hmac, _inner}), do: "secure_message(hmac verified)"
  defp wrapper({:unsecured_message, _inner}), do: "unsecured_message"
  defp wrapper(_bare), do: "bare"

  defp halt_at_end_of_input do
    spawn(fn ->
      IO.read(:stdio, :eof)
      System.halt(0)
    end)
  end

  defp halt_after(seconds) do
    spawn(fn ->
      Process.sleep(seconds * 1_000)
      IO.puts(:stderr, "scripted node: #{seconds} s passed; halting")
      System.halt(0)
    end)
  end
end

ExESDBTop.Bridge.E2E.ScriptedNode.main(System.argv())
