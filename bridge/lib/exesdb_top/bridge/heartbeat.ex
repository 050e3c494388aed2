defmodule ExESDBTop.Bridge.Heartbeat do
  @moduledoc """
  Sends a Heartbeat line every `heartbeat_interval_ms`, numbered from 1, with the
  number of connected clients and the bridge's counters. A console that sees no
  heartbeat for a few intervals knows the bridge, not the cluster, went quiet.
  """

  use GenServer

  alias ExESDBTop.Bridge.{Config, Fanout, Line, Stats}

  @doc "Starts the heartbeat of `config`'s bridge."
  @spec start_link(Config.t()) :: GenServer.on_start()
  def start_link(config), do: GenServer.start_link(__MODULE__, config)

  @impl true
  def init(config) do
    schedule(config)
    {:ok, %{config: config, sequence: 0}}
  end

  @impl true
  def handle_info(:beat, %{config: config, sequence: sequence} = state) do
    schedule(config)
    clients = DynamicSupervisor.count_children(Config.process_name(config, Clients)).active
    line = Line.heartbeat(config, sequence + 1, clients, Stats.snapshot(config.stats))
    Fanout.publish_result(config, line)
    {:noreply, %{state | sequence: sequence + 1}}
  end

  defp schedule(config), do: Process.send_after(self(), :beat, config.heartbeat_interval_ms)
end
