defmodule ExESDBTop.Bridge.Subscriber do
  @moduledoc """
  Follows one PubSub server and topic, and turns every message seen there into a line.

  One process per topic, because a PubSub message does not say which topic carried it.
  A missing PubSub server is retried every `resubscribe_interval_ms`, and a restarted
  one is subscribed again: the subscriber survives its PubSub server's exit and never
  crashes the bridge. When its mailbox
  passes 10,000 messages it drops what arrives unread (counted `overload_dropped`)
  rather than let the node's memory grow.
  """

  use GenServer

  require Logger

  alias ExESDBTop.Bridge.{Config, Envelope, Fanout, Line, Stats}

  @max_mailbox 10_000

  @doc "Child spec for the subscription `{pubsub, topic}`."
  @spec child_spec({Config.t(), atom(), String.t()}) :: Supervisor.child_spec()
  def child_spec({_config, pubsub, topic} = arg),
    do: %{id: {__MODULE__, pubsub, topic}, start: {__MODULE__, :start_link, [arg]}}

  @doc "Starts the subscriber for `{pubsub, topic}`."
  @spec start_link({Config.t(), atom(), String.t()}) :: GenServer.on_start()
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)

  @impl true
  def init({config, pubsub, topic}) do
    # Registry (under Phoenix.PubSub too) links to its subscribers: trap the exit so a
    # stopping PubSub server does not take this process, and the bridge, with it.
    Process.flag(:trap_exit, true)
    send(self(), :subscribe)
    {:ok, %{config: config, pubsub: pubsub, topic: topic, monitor: nil, warned: false}}
  end

  @impl true
  def handle_info(:subscribe, state), do: {:noreply, subscribe(state)}

  def handle_info({:DOWN, ref, :process, _pid, _reason}, %{monitor: ref} = state) do
    Process.send_after(self(), :subscribe, state.config.resubscribe_interval_ms)
    {:noreply, %{state | monitor: nil}}
  end

  def handle_info({:EXIT, _registry_partition, _reason}, state), do: {:noreply, state}

  def handle_info(message, state) do
    %{config: config} = state
    Stats.bump(config.stats, :received)

    if overloaded?(),
      do: Stats.bump(config.stats, :overload_dropped),
      else: forward(config, message, state.pubsub, state.topic)

    {:noreply, state}
  end

  defp subscribe(state) do
    %{config: config, pubsub: pubsub, topic: topic} = state

    with server when is_pid(server) <- Process.whereis(pubsub),
         :ok <- config.pubsub_module.subscribe(pubsub, topic) do
      %{state | monitor: Process.monitor(server), warned: false}
    else
      failure -> retry(state, failure)
    end
  rescue
    error -> retry(state, error)
  end

  defp retry(state, failure) do
    Stats.bump(state.config.stats, :subscribe_failures)

    unless state.warned do
      Logger.warning(
        "exesdb-top bridge: cannot subscribe to #{inspect(state.pubsub)} #{inspect(state.topic)} " <>
          "(#{inspect(failure)}); retrying every #{state.config.resubscribe_interval_ms} ms"
      )
    end

    Process.send_after(self(), :subscribe, state.config.resubscribe_interval_ms)
    %{state | warned: true}
  end

  defp forward(config, message, pubsub, topic) do
    case Envelope.open(message, config.secret, config.reject_unsecured) do
      {:ok, tag, payload} ->
        Fanout.publish_result(config, Line.event(config, tag, payload, pubsub, topic))

      {:error, refusal} ->
        Stats.bump(config.stats, refusal)
    end
  rescue
    _error -> Stats.bump(config.stats, :encode_failures)
  end

  defp overloaded? do
    {:message_queue_len, length} = Process.info(self(), :message_queue_len)
    length > @max_mailbox
  end
end
