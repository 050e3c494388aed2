defmodule ExESDBTop.Bridge.Test.BridgeCase do
  @moduledoc """
  Starts ExESDB's PubSub servers as stand-ins and a bridge on a free loopback port.
  Tests using it run one at a time: the servers have ExESDB's real, global names.
  """

  use ExUnit.CaseTemplate

  alias ExESDBTop.Bridge.Test.PubSub

  @servers [
    :ex_esdb_health,
    :ex_esdb_metrics,
    :ex_esdb_alerts,
    :ex_esdb_diagnostics,
    :ex_esdb_logging
  ]

  using do
    quote do
      import ExESDBTop.Bridge.Test.BridgeCase
      alias ExESDBTop.Bridge
      alias ExESDBTop.Bridge.Test.{LineClient, PubSub}
    end
  end

  @doc "Starts the stand-in PubSub servers (all of them unless `servers` is given)."
  def start_pubsub(servers \\ @servers), do: Enum.each(servers, &start_supervised!({PubSub, &1}))

  @doc """
  Starts a bridge named after the test with `opts` over test defaults (port 0, the
  stand-in PubSub, long heartbeat, no secret) and returns `{name, port}`.
  """
  def start_bridge(opts \\ []) do
    name = Module.concat(ExESDBTop.Bridge.Test, "Bridge#{System.unique_integer([:positive])}")

    defaults = [
      name: name,
      port: 0,
      pubsub_module: PubSub,
      secret: nil,
      heartbeat_interval_ms: 60_000,
      resubscribe_interval_ms: 50,
      json: :own
    ]

    start_supervised!({ExESDBTop.Bridge, Keyword.merge(defaults, opts)})
    {name, wait_for_port(name)}
  end

  @doc "Waits until every subscriber of the bridge `name` is subscribed."
  def await_subscribed(name, servers \\ @servers) do
    config = ExESDBTop.Bridge.config(name)
    wanted = Enum.filter(config.subscriptions, fn {server, _} -> server in servers end)

    eventually(fn ->
      Enum.all?(wanted, fn {server, topic} -> Registry.lookup(server, topic) != [] end)
    end)
  end

  @doc "Polls `check` every 10 ms for up to `timeout` ms until it is true."
  def eventually(check, timeout \\ 2_000) do
    cond do
      check.() ->
        true

      timeout <= 0 ->
        flunk("condition not met in time")

      true ->
        Process.sleep(10)
        eventually(check, timeout - 10)
    end
  end

  defp wait_for_port(name) do
    eventually(fn -> match?({:ok, _}, ExESDBTop.Bridge.port(name)) end)
    {:ok, port} = ExESDBTop.Bridge.port(name)
    port
  end
end
