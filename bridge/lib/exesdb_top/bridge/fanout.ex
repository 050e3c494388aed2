defmodule ExESDBTop.Bridge.Fanout do
  @moduledoc """
  Hands each line to every sink (TCP clients, the output file) registered under
  `:sinks` in the bridge's Registry, as `{:bridge_line, line}`. Sending never blocks:
  each sink bounds its own backlog.
  """

  alias ExESDBTop.Bridge.{Config, Stats}

  @doc "Registers the calling process as a sink of `config`'s bridge."
  @spec register_sink(Config.t()) :: :ok
  def register_sink(config) do
    {:ok, _owner} = Registry.register(config.registry, :sinks, nil)
    :ok
  end

  @doc "Sends `line` to every sink and counts it."
  @spec publish(Config.t(), binary()) :: :ok
  def publish(config, line) do
    Registry.dispatch(config.registry, :sinks, fn sinks ->
      Enum.each(sinks, fn {pid, _value} -> send(pid, {:bridge_line, line}) end)
    end)

    Stats.bump(config.stats, :lines)
  end

  @doc "Publishes a built line, or counts why there is none."
  @spec publish_result(Config.t(), {:ok, binary()} | {:error, atom()}) :: :ok
  def publish_result(config, {:ok, line}), do: publish(config, line)
  def publish_result(config, {:error, reason}), do: Stats.bump(config.stats, reason)
end
