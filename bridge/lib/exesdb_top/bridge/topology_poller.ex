defmodule ExESDBTop.Bridge.TopologyPoller do
  @moduledoc """
  Every `topology_interval_ms`, one StoreTopology line per configured store, from the
  `topology_module`. Each lookup runs in its own task and is abandoned after
  `topology_timeout_ms` (a store without quorum can make Khepri wait), so a slow
  store neither delays the others nor the heartbeat. Failures are counted
  (`topology_failures`) and reported in the line's `error`.
  """

  use GenServer

  alias ExESDBTop.Bridge.{Config, Fanout, Line, Stats}

  @doc "Starts the poller of `config`'s bridge."
  @spec start_link(Config.t()) :: GenServer.on_start()
  def start_link(config), do: GenServer.start_link(__MODULE__, config)

  @impl true
  def init(config) do
    send(self(), :poll)
    {:ok, config}
  end

  @impl true
  def handle_info(:poll, config) do
    Process.send_after(self(), :poll, config.topology_interval_ms)

    tasks =
      Enum.map(config.stores, fn store ->
        Task.async(fn -> look_up(config.topology_module, store) end)
      end)

    config.stores
    |> Enum.zip(Task.yield_many(tasks, config.topology_timeout_ms))
    |> Enum.each(fn {store, {task, reply}} -> report(config, store, outcome(task, reply)) end)

    {:noreply, config}
  end

  # Task replies that arrive after their timeout are ignored.
  def handle_info(_late_reply, config), do: {:noreply, config}

  defp look_up(module, store) do
    leader = safely(fn -> module.leader(store) end)
    members = safely(fn -> module.members(store) end)

    {checked(leader, &(is_atom(&1) or is_binary(&1))), checked(members, &is_list/1)}
  end

  defp checked({:ok, value} = result, valid?),
    do: if(valid?.(value), do: result, else: {:error, {:unexpected, result}})

  defp checked({:error, _reason} = result, _valid?), do: result
  defp checked(other, _valid?), do: {:error, {:unexpected, other}}

  defp safely(lookup) do
    lookup.()
  rescue
    error -> {:error, Exception.message(error)}
  catch
    kind, reason -> {:error, {kind, reason}}
  end

  defp outcome(task, reply) do
    case reply || Task.shutdown(task, :brutal_kill) do
      {:ok, result} -> result
      _timeout_or_exit -> {{:error, :timeout}, {:error, :timeout}}
    end
  end

  defp report(config, store, {leader, members}) do
    if match?({:error, _}, leader) or match?({:error, _}, members),
      do: Stats.bump(config.stats, :topology_failures)

    Fanout.publish_result(config, Line.topology(config, store, leader, members))
  end
end
