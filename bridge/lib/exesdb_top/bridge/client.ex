defmodule ExESDBTop.Bridge.Client do
  @moduledoc """
  One TCP client: sends it every line, reads the AlertAck lines it writes.

  Sending happens in a linked writer process that may block on a slow socket; this
  process never blocks, so its mailbox stays short. Lines wait in a queue bounded by
  `client_buffer_lines` and `client_buffer_bytes`; past either bound the oldest lines
  are dropped and counted (`dropped`). A client that accepts no byte for
  `client_send_timeout_ms` is closed.
  """

  use GenServer, restart: :temporary

  alias ExESDBTop.Bridge.{AlertAck, Config, Fanout, JSON, Stats}

  @batch_bytes 64 * 1024

  @doc "Starts the process for an accepted `socket`; call `activate/2` after handing it over."
  @spec start_link({Config.t(), :gen_tcp.socket()}) :: GenServer.on_start()
  def start_link({config, socket}), do: GenServer.start_link(__MODULE__, {config, socket})

  @doc "Starts serving once the process owns the socket (`:gen_tcp.controlling_process/2`)."
  @spec activate(pid()) :: :ok
  def activate(client), do: GenServer.cast(client, :activate)

  @impl true
  def init({config, socket}) do
    :ok = Fanout.register_sink(config)
    client = self()
    writer = spawn_link(fn -> write_loop(socket, client) end)

    {:ok,
     %{
       config: config,
       socket: socket,
       writer: writer,
       writing: false,
       queue: :queue.new(),
       lines: 0,
       bytes: 0,
       input: "",
       discarding: false
     }}
  end

  @impl true
  def handle_cast(:activate, state) do
    options = [
      active: :once,
      send_timeout: state.config.client_send_timeout_ms,
      send_timeout_close: true
    ]

    case :inet.setopts(state.socket, options) do
      :ok -> {:noreply, state}
      {:error, reason} -> {:stop, {:shutdown, reason}, state}
    end
  end

  @impl true
  def handle_info({:bridge_line, line}, %{writing: false} = state) do
    send(state.writer, {:write, line})
    {:noreply, %{state | writing: true}}
  end

  def handle_info({:bridge_line, line}, state), do: {:noreply, enqueue(state, line)}

  def handle_info(:written, state), do: {:noreply, write_next(state)}

  def handle_info({:tcp, socket, data}, %{socket: socket} = state) do
    state = read_input(state, data)

    case :inet.setopts(socket, active: :once) do
      :ok -> {:noreply, state}
      {:error, reason} -> {:stop, {:shutdown, reason}, state}
    end
  end

  def handle_info({:tcp_closed, socket}, %{socket: socket} = state),
    do: {:stop, {:shutdown, :closed}, state}

  def handle_info({:tcp_error, socket, reason}, %{socket: socket} = state),
    do: {:stop, {:shutdown, reason}, state}

  def handle_info({:write_failed, reason}, state), do: {:stop, {:shutdown, reason}, state}

  defp enqueue(state, line) do
    %{
      state
      | queue: :queue.in(line, state.queue),
        lines: state.lines + 1,
        bytes: state.bytes + byte_size(line)
    }
    |> drop_oldest(0)
  end

  defp drop_oldest(%{config: config} = state, dropped)
       when state.lines > config.client_buffer_lines or state.bytes > config.client_buffer_bytes do
    {{:value, line}, queue} = :queue.out(state.queue)

    drop_oldest(
      %{state | queue: queue, lines: state.lines - 1, bytes: state.bytes - byte_size(line)},
      dropped + 1
    )
  end

  defp drop_oldest(state, 0), do: state

  defp drop_oldest(state, dropped) do
    Stats.bump(state.config.stats, :dropped, dropped)
    state
  end

  defp write_next(%{lines: 0} = state), do: %{state | writing: false}

  defp write_next(state) do
    {batch, state} = take_batch(state, [], 0)
    send(state.writer, {:write, Enum.reverse(batch)})
    state
  end

  defp take_batch(%{lines: lines} = state, batch, size) when lines > 0 and size < @batch_bytes do
    {{:value, line}, queue} = :queue.out(state.queue)
    state = %{state | queue: queue, lines: lines - 1, bytes: state.bytes - byte_size(line)}
    take_batch(state, [line | batch], size + byte_size(line))
  end

  defp take_batch(state, batch, _size), do: {batch, state}

  defp write_loop(socket, client) do
    receive do
      {:write, data} ->
        case :gen_tcp.send(socket, data) do
          :ok ->
            send(client, :written)
            write_loop(socket, client)

          {:error, reason} ->
            send(client, {:write_failed, reason})
        end
    end
  end

  defp read_input(state, data) do
    case :binary.split(state.input <> data, "\n") do
      [line, rest] ->
        unless state.discarding, do: handle_line(state.config, line)
        read_input(%{state | input: "", discarding: false}, rest)

      [partial] ->
        if byte_size(partial) > state.config.max_input_line_bytes do
          unless state.discarding, do: Stats.bump(state.config.stats, :malformed_input)
          %{state | input: "", discarding: true}
        else
          %{state | input: partial}
        end
    end
  end

  defp handle_line(config, line) do
    text = String.trim(line)

    with true <- config.accept_acks || :acks_disabled,
         false <- text == "",
         true <- byte_size(text) <= config.max_input_line_bytes || :too_long,
         {:ok, message} <- JSON.decode(text, config.json),
         {:ok, ack} <- AlertAck.from_message(message) do
      AlertAck.broadcast(config, ack)
    else
      true -> :ok
      _malformed -> Stats.bump(config.stats, :malformed_input)
    end
  end
end
