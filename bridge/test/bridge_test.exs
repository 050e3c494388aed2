defmodule ExESDBTop.Bridge.BridgeTest do
  use ExESDBTop.Bridge.Test.BridgeCase, async: false

  alias ExESDBGater.Messages.AlertMessages.{AlertAck, SystemAlert}
  alias ExESDBGater.Messages.DiagnosticsMessages.DebugTrace
  alias ExESDBGater.Messages.HealthMessages.{ClusterHealth, ComponentHealth}
  alias ExESDBGater.Messages.MetricsMessages.PerformanceMetric
  alias ExESDBTop.Bridge.Envelope
  alias ExESDBTop.Bridge.Test.Topology

  @secret "test-secret-key-base"

  setup do
    start_pubsub()
    :ok
  end

  defp connected(name, port, count \\ 1) do
    client = LineClient.connect(port)
    eventually(fn -> Bridge.stats(name).clients_accepted >= count end)
    client
  end

  describe "PubSub to TCP" do
    test "streams ExESDB's three wrappers as lines naming their PubSub and topic" do
      {name, port} =
        start_bridge(secret: @secret, stores: [:reg_gh], topology_interval_ms: 60_000)

      await_subscribed(name)
      client = connected(name, port)

      health = %ClusterHealth{
        status: :degraded,
        healthy_nodes: 3,
        total_nodes: 4,
        degraded_nodes: [:node4@demo],
        unhealthy_nodes: [],
        quorum_status: :available,
        timestamp: ~U[2026-11-26 13:45:01.123Z]
      }

      metric = %PerformanceMetric{
        metric_name: :events_per_second,
        value: 1250.5,
        unit: "eps",
        node: :node2@demo,
        component: :persistence,
        tags: %{store: :reg_gh},
        timestamp: ~U[2026-11-26 13:45:02.000Z]
      }

      log = %{
        component: :emitter_worker,
        event_type: :startup,
        store_id: :reg_gh,
        pid: self(),
        timestamp: ~U[2026-11-26 13:45:03.000001Z],
        message: "★ EMITTER WORKER ACTIVATION ★",
        metadata: %{}
      }

      secure = Envelope.seal({:cluster_health_updated, health}, @secret)
      PubSub.broadcast(:ex_esdb_health, "cluster:health", secure)

      PubSub.broadcast(
        :ex_esdb_metrics,
        "persistence",
        {:unsecured_message, {:performance_metric, metric}}
      )

      PubSub.broadcast(:ex_esdb_logging, "logging:store:reg_gh", {:log_event, log})

      lines = LineClient.next_of_each(client, ~w(ClusterHealth PerformanceMetric LogEvent))

      cluster = lines["ClusterHealth"]
      assert cluster["tag"] == "cluster_health_updated"
      assert {cluster["pubsub"], cluster["topic"]} == {"ex_esdb_health", "cluster:health"}
      assert cluster["node"] == Atom.to_string(Node.self())
      assert cluster["degraded_nodes"] == ["node4@demo"]
      assert cluster["healthy_nodes"] == 3
      assert cluster["timestamp"] == "2026-11-26T13:45:01.123Z"

      performance = lines["PerformanceMetric"]
      assert {performance["pubsub"], performance["topic"]} == {"ex_esdb_metrics", "persistence"}
      assert performance["node"] == "node2@demo"
      assert performance["value"] == 1250.5
      assert performance["tags"] == %{"store" => "reg_gh"}

      event = lines["LogEvent"]
      assert event["tag"] == "log_event"
      assert event["topic"] == "logging:store:reg_gh"
      assert event["message"] == "★ EMITTER WORKER ACTIVATION ★"
      assert event["timestamp"] == "2026-11-26T13:45:03.000001Z"
      assert event["pid"] == inspect(self())

      assert Enum.sort([cluster["seq"], performance["seq"], event["seq"]])
             |> Enum.uniq()
             |> length() == 3
    end

    test "drops and counts forged messages, and passes the genuine one after them" do
      {name, port} = start_bridge(secret: @secret)
      await_subscribed(name)
      client = connected(name, port)

      forged_alert = %SystemAlert{alert_id: "forged", severity: :critical, title: "fake"}

      genuine_alert = %SystemAlert{
        alert_id: "genuine",
        severity: :warning,
        category: :system,
        requires_ack: true
      }

      forged =
        {:secure_message, Envelope.signature({:system_alert, forged_alert}, "wrong"),
         {:system_alert, forged_alert}}

      PubSub.broadcast(:ex_esdb_alerts, "node_failure", forged)

      PubSub.broadcast(
        :ex_esdb_alerts,
        "node_failure",
        Envelope.seal({:system_alert, genuine_alert}, @secret)
      )

      line = LineClient.next(client, "SystemAlert")

      assert {line["alert_id"], line["severity"], line["requires_ack"], line["topic"]} ==
               {"genuine", "warning", true, "node_failure"}

      assert Bridge.stats(name).forged == 1
    end

    test "counts secure messages it cannot check without a secret and messages of unknown shape" do
      {name, port} = start_bridge(secret: nil)
      await_subscribed(name)
      client = connected(name, port)

      trace = %DebugTrace{trace_id: "t1", component: :store, operation: "read", trace_data: %{}}

      PubSub.broadcast(
        :ex_esdb_diagnostics,
        "debug_traces",
        Envelope.seal({:debug_trace, trace}, "some secret")
      )

      PubSub.broadcast(:ex_esdb_diagnostics, "debug_traces", :not_a_message)

      PubSub.broadcast(
        :ex_esdb_diagnostics,
        "debug_traces",
        {:unsecured_message, {:debug_trace, trace}}
      )

      assert LineClient.next(client, "DebugTrace")["trace_id"] == "t1"
      stats = Bridge.stats(name)
      assert {stats.unverifiable, stats.unknown_shape, stats.received} == {1, 1, 3}
    end

    test "subscribes again when a PubSub server appears late or restarts" do
      stop_supervised!(:ex_esdb_diagnostics)
      {name, port} = start_bridge()
      client = connected(name, port)
      eventually(fn -> Bridge.stats(name).subscribe_failures > 0 end)

      start_pubsub([:ex_esdb_diagnostics])
      await_subscribed(name, [:ex_esdb_diagnostics])

      PubSub.broadcast(
        :ex_esdb_diagnostics,
        "system_state",
        {:unsecured_message, {:system_state, %{snapshot_id: "s1"}}}
      )

      assert LineClient.next(client, "SystemState")["snapshot_id"] == "s1"

      stop_supervised!(:ex_esdb_diagnostics)
      start_pubsub([:ex_esdb_diagnostics])
      await_subscribed(name, [:ex_esdb_diagnostics])

      PubSub.broadcast(
        :ex_esdb_diagnostics,
        "system_state",
        {:unsecured_message, {:system_state, %{snapshot_id: "s2"}}}
      )

      assert LineClient.next(client, "SystemState")["snapshot_id"] == "s2"
    end
  end

  describe "lines of the bridge's own" do
    test "a numbered Heartbeat every interval" do
      {name, port} = start_bridge(heartbeat_interval_ms: 100)
      client = connected(name, port)

      first = LineClient.next(client, "Heartbeat", 1_000)
      second = LineClient.next(client, "Heartbeat", 1_000)

      assert second["sequence"] == first["sequence"] + 1
      assert first["interval_ms"] == 100
      assert first["node"] == Atom.to_string(Node.self())
      assert first["clients"] == 1
      assert first["counters"]["clients_accepted"] == 1
      assert {:ok, _time, 0} = DateTime.from_iso8601(first["timestamp"])
    end

    test "a StoreTopology line per store, with what failed when a lookup fails or hangs" do
      Topology.put(:reg_gh, {:ok, :n1@demo}, {:ok, [:n1@demo, :n2@demo, :n3@demo]})
      Topology.put(:stuck, :hang, {:ok, [:n1@demo]})
      Topology.put(:broken, {:ok, nil}, :raise)

      {name, port} =
        start_bridge(
          stores: [:reg_gh, :stuck, :broken],
          topology_module: Topology,
          topology_interval_ms: 300,
          topology_timeout_ms: 100
        )

      client = connected(name, port)
      lines = for _ <- 1..3, do: LineClient.next(client, "StoreTopology", 1_000)
      by_store = Map.new(lines, &{&1["store"], &1})

      assert Map.take(by_store["reg_gh"], ~w(leader members quorum_size)) ==
               %{
                 "leader" => "n1@demo",
                 "members" => ["n1@demo", "n2@demo", "n3@demo"],
                 "quorum_size" => 2
               }

      assert by_store["stuck"]["error"] == "leader: :timeout; members: :timeout"
      assert {by_store["broken"]["leader"], by_store["broken"]["members"]} == {nil, []}
      assert by_store["broken"]["error"] =~ "khepri exploded"
      assert Bridge.stats(name).topology_failures >= 2
    end
  end

  describe "AlertAck from clients" do
    test "is broadcast signed on the alert PubSub and reaches every console" do
      {name, port} = start_bridge(secret: @secret)
      await_subscribed(name)
      operator = connected(name, port, 1)
      other = connected(name, port, 2)
      PubSub.subscribe(:ex_esdb_alerts, "alerts")

      LineClient.send_line(
        operator,
        ~s({"type":"AlertAck","alert_id":"alert_12345","ack_by":"ops@node1","ack_note":"looking",) <>
          ~s("timestamp":"2026-11-26T13:45:01.123Z"})
      )

      assert_receive {:secure_message, hmac, {:alert_acknowledged, %AlertAck{} = ack}}, 1_000
      assert hmac == Envelope.signature({:alert_acknowledged, ack}, @secret)

      assert {ack.alert_id, ack.ack_by, ack.ack_note, ack.resolution} ==
               {"alert_12345", "ops@node1", "looking", nil}

      assert ack.ack_timestamp == ~U[2026-11-26 13:45:01.123Z]
      assert %DateTime{} = ack.timestamp

      for console <- [other, operator] do
        line = LineClient.next(console, "AlertAck")

        assert {line["alert_id"], line["ack_by"], line["topic"]} ==
                 {"alert_12345", "ops@node1", "alerts"}
      end

      assert Bridge.stats(name).acks == 1
    end

    test "goes out unsecured without a secret, to the configured topic" do
      {name, port} = start_bridge(secret: nil, ack_topic: "acks")
      operator = connected(name, port)
      PubSub.subscribe(:ex_esdb_alerts, "acks")

      LineClient.send_line(
        operator,
        ~s({"type":"alert_acknowledged","alert_id":"a1","acknowledged_by":"me"})
      )

      assert_receive {:unsecured_message,
                      {:alert_acknowledged, %AlertAck{alert_id: "a1", ack_by: "me"}}},
                     1_000
    end

    test "is ignored and counted by a read-only bridge" do
      {name, port} = start_bridge(accept_acks: false)
      operator = connected(name, port)
      PubSub.subscribe(:ex_esdb_alerts, "alerts")

      LineClient.send_line(operator, ~s({"type":"AlertAck","alert_id":"a1"}))
      eventually(fn -> Bridge.stats(name).malformed_input == 1 end)
      refute_received {:unsecured_message, _}
      assert Bridge.stats(name).acks == 0
    end

    test "malformed client lines are counted and ignored; the connection stays usable" do
      {name, port} = start_bridge(max_input_line_bytes: 1_000)
      operator = connected(name, port)
      PubSub.subscribe(:ex_esdb_alerts, "alerts")

      LineClient.send_line(operator, "not json at all")
      LineClient.send_line(operator, ~s({"type":"AlertAck"}))
      LineClient.send_line(operator, ~s({"type":"AlertAck","alert_id":42}))
      LineClient.send_line(operator, ~s({"type":"Something"}))

      LineClient.send_line(
        operator,
        ~s({"type":"AlertAck","alert_id":") <> String.duplicate("x", 5_000) <> ~s("})
      )

      LineClient.send_line(operator, "")
      LineClient.send_line(operator, ~s({"type":"AlertAck","alert_id":"after"}\r))

      assert_receive {:unsecured_message, {:alert_acknowledged, %AlertAck{alert_id: "after"}}},
                     1_000

      refute_received {:unsecured_message, _}
      assert Bridge.stats(name).malformed_input == 5
    end
  end

  describe "clients" do
    test "a client that never reads is bounded while a reading client gets every line in order" do
      {name, port} = start_bridge(client_buffer_lines: 200, client_buffer_bytes: 1_000_000)
      await_subscribed(name)
      idle = LineClient.connect(port, recbuf: 4_096)
      reader = connected(name, port, 2)

      [idle_pid, _] =
        Enum.map(DynamicSupervisor.which_children(Module.concat(name, Clients)), &elem(&1, 1))

      total = 6_000
      padding = String.duplicate("x", 2_000)
      test_pid = self()
      collector = Task.async(fn -> collect(reader, total, test_pid) end)

      # Broadcast as fast as the reading client keeps up (it has the same 200-line buffer).
      {raw_peak, live_peak} =
        Enum.reduce(1..total, {0, 0}, fn i, {raw_peak, live_peak} ->
          component = %ComponentHealth{
            component: :store,
            status: :healthy,
            details: %{i: i, pad: padding}
          }

          PubSub.broadcast(
            :ex_esdb_health,
            "component_health",
            {:unsecured_message, {:component_health_updated, component}}
          )

          if rem(i, 100) == 0 and i > 100,
            do: assert_receive({:seen, seen} when seen >= i - 100, 5_000)

          if rem(i, 500) == 0 do
            raw = held_bytes(idle_pid)
            :erlang.garbage_collect(idle_pid)
            {max(raw_peak, raw), max(live_peak, held_bytes(idle_pid))}
          else
            {raw_peak, live_peak}
          end
        end)

      seen = Task.await(collector, 30_000)
      assert Enum.map(seen, & &1["details"]["i"]) == Enum.to_list(1..total)

      assert seen
             |> Enum.map(& &1["seq"])
             |> Enum.chunk_every(2, 1, :discard)
             |> Enum.all?(fn [a, b] -> b == a + 1 end)

      stats = Bridge.stats(name)
      assert stats.dropped > 0
      # The idle client's process keeps at most its buffer (200 lines of ~2.3 KB) and a
      # 64 KiB batch alive; lines it dropped wait for its next garbage collection.
      sent_bytes = total * 2_300
      assert live_peak < 200 * 2_400 + 70_000
      assert raw_peak < div(sent_bytes, 4)
      {:message_queue_len, queue} = Process.info(idle_pid, :message_queue_len)
      assert queue < 100

      # What the idle client finally reads ends with the newest line, the oldest ones gone.
      last = read_until(idle, total)
      assert last["details"]["i"] == total
      assert Bridge.stats(name).dropped == stats.dropped

      IO.puts(
        "\n  idle client: #{total} lines (#{div(sent_bytes, 1024)} KiB) sent, #{stats.dropped} dropped; " <>
          "its process held at most #{div(live_peak, 1024)} KiB live, #{div(raw_peak, 1024)} KiB before GC"
      )
    end

    test "connections beyond max_clients are closed" do
      {name, port} = start_bridge(max_clients: 1)
      _first = connected(name, port)
      second = LineClient.connect(port)
      assert LineClient.raw_line(second) == {:error, :closed}
      assert Bridge.stats(name).clients_refused == 1
    end

    test "every line is also appended to the file, which rotates past its size" do
      path =
        Path.join(
          System.tmp_dir!(),
          "exesdb-top-bridge-#{System.unique_integer([:positive])}.ndjson"
        )

      on_exit(fn -> Enum.each([path, path <> ".1"], &File.rm/1) end)
      {name, _port} = start_bridge(file: path, file_max_bytes: 1_000)
      await_subscribed(name)

      for i <- 1..6 do
        PubSub.broadcast(
          :ex_esdb_health,
          "cluster:health",
          {:unsecured_message, {:cluster_health_updated, %ClusterHealth{healthy_nodes: i}}}
        )
      end

      eventually(fn -> Bridge.stats(name).lines == 6 end)
      stop_supervised!(name)

      rotated = File.read!(path <> ".1")
      lines = String.split(rotated <> File.read!(path), "\n", trim: true)
      # Lines of 167 to 333 bytes rotate exactly once in 6 lines at 1000 bytes.
      assert Enum.all?(lines, &(byte_size(&1) in 166..332))

      assert Enum.map(
               lines,
               &(ExESDBTop.Bridge.JSON.Own.decode(&1) |> elem(1) |> Map.get("healthy_nodes"))
             ) == Enum.to_list(1..6)

      assert byte_size(rotated) >= 1_000
    end
  end

  defp collect(socket, total, test_pid, acc \\ []) do
    case LineClient.next(socket, "ComponentHealth", 20_000) do
      %{"details" => %{"i" => ^total}} = line ->
        Enum.reverse([line | acc])

      %{"details" => %{"i" => i}} = line ->
        if rem(i, 100) == 0, do: send(test_pid, {:seen, i})
        collect(socket, total, test_pid, [line | acc])
    end
  end

  defp read_until(socket, total) do
    case LineClient.next(socket, "ComponentHealth", 5_000) do
      %{"details" => %{"i" => ^total}} = line -> line
      %{} -> read_until(socket, total)
    end
  end

  defp held_bytes(pid) do
    {:binary, binaries} = Process.info(pid, :binary)
    binaries |> Enum.uniq_by(&elem(&1, 0)) |> Enum.map(&elem(&1, 1)) |> Enum.sum()
  end
end
