defmodule ExESDBTop.Bridge.Listener do
  @moduledoc """
  The TCP listening socket (loopback by default) and its accept loop. Each accepted
  connection gets an `ExESDBTop.Bridge.Client` under the bridge's client supervisor;
  connections beyond `max_clients` are closed at once (counted `clients_refused`).
  When the port cannot be bound the listener logs it and retries every 5 s instead of
  failing the node's supervision tree.
  """

  use GenServer

  require Logger

  alias ExESDBTop.Bridge.{Client, Config, Stats}

  @retry_ms 5_000

  @doc "Starts the listener of `config`'s bridge."
  @spec start_link(Config.t()) :: GenServer.on_start()
  def start_link(config),
    do: GenServer.start_link(__MODULE__, config, name: Config.process_name(config, Listener))

  @doc "The bound port, or why there is none."
  @spec port(atom()) :: {:ok, :inet.port_number()} | {:error, term()}
  def port(bridge_name), do: GenServer.call(Config.process_name(bridge_name, Listener), :port)

  @impl true
  def init(config) do
    send(self(), :listen)
    {:ok, %{config: config, socket: nil, error: :not_yet_listening}}
  end

  @impl true
  def handle_call(:port, _from, %{socket: nil} = state),
    do: {:reply, {:error, state.error}, state}

  def handle_call(:port, _from, state), do: {:reply, :inet.port(state.socket), state}

  @impl true
  def handle_info(:listen, %{config: config} = state) do
    options = [
      :binary,
      packet: :raw,
      active: false,
      reuseaddr: true,
      nodelay: true,
      ip: config.ip
    ]

    case :gen_tcp.listen(config.port, options) do
      {:ok, socket} ->
        warn_unless_loopback(config.ip)
        spawn_link(fn -> accept_loop(config, socket) end)
        {:noreply, %{state | socket: socket, error: nil}}

      {:error, reason} ->
        Logger.error(
          "exesdb-top bridge: cannot listen on #{:inet.ntoa(config.ip)}:#{config.port} " <>
            "(#{inspect(reason)}); retrying in #{@retry_ms} ms"
        )

        Process.send_after(self(), :listen, @retry_ms)
        {:noreply, %{state | error: reason}}
    end
  end

  defp accept_loop(config, socket) do
    case :gen_tcp.accept(socket) do
      {:ok, connection} ->
        serve(config, connection)
        accept_loop(config, socket)

      {:error, :closed} ->
        :ok

      {:error, _transient} ->
        accept_loop(config, socket)
    end
  end

  defp serve(config, connection) do
    clients = Config.process_name(config, Clients)

    with true <- DynamicSupervisor.count_children(clients).active < config.max_clients,
         {:ok, client} <- DynamicSupervisor.start_child(clients, {Client, {config, connection}}),
         :ok <- :gen_tcp.controlling_process(connection, client) do
      Stats.bump(config.stats, :clients_accepted)
      Client.activate(client)
    else
      _refused ->
        Stats.bump(config.stats, :clients_refused)
        :gen_tcp.close(connection)
    end
  end

  defp warn_unless_loopback(ip) do
    unless loopback?(ip) do
      Logger.warning(
        "exesdb-top bridge listens on #{:inet.ntoa(ip)}: its lines carry cluster state and " <>
          "it accepts AlertAcks without authentication; prefer loopback and ssh://"
      )
    end
  end

  defp loopback?({127, _, _, _}), do: true
  defp loopback?({0, 0, 0, 0, 0, 0, 0, 1}), do: true
  defp loopback?(_ip), do: false
end
