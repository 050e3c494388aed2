defmodule ExESDBTop.Bridge.Test.LineClient do
  @moduledoc "A real TCP client of the bridge that reads and decodes its lines."

  alias ExESDBTop.Bridge.JSON.Own

  @doc "Connects to the bridge on loopback `port`."
  def connect(port, options \\ []) do
    {:ok, socket} =
      :gen_tcp.connect(
        {127, 0, 0, 1},
        port,
        [:binary, packet: :line, active: false, buffer: 2_000_000] ++ options
      )

    socket
  end

  @doc "The next raw line, or `{:error, reason}`."
  def raw_line(socket, timeout \\ 2_000) do
    case :gen_tcp.recv(socket, 0, timeout) do
      {:ok, line} -> line
      error -> error
    end
  end

  @doc "The next decoded line whose `type` is `type` (others are skipped)."
  def next(socket, type, timeout \\ 2_000) do
    deadline = System.monotonic_time(:millisecond) + timeout
    next_until(socket, &(&1["type"] == type), deadline)
  end

  @doc "The next decoded line for which `match?` is true."
  def next_matching(socket, match?, timeout \\ 2_000),
    do: next_until(socket, match?, System.monotonic_time(:millisecond) + timeout)

  defp next_until(socket, match?, deadline) do
    left = max(deadline - System.monotonic_time(:millisecond), 0)

    case :gen_tcp.recv(socket, 0, left) do
      {:ok, line} ->
        {:ok, decoded} = Own.decode(line)
        if match?.(decoded), do: decoded, else: next_until(socket, match?, deadline)

      {:error, reason} ->
        {:error, reason}
    end
  end

  @doc "The first line of each of `types`, whatever order they come in, by type."
  def next_of_each(socket, types, timeout \\ 2_000) do
    deadline = System.monotonic_time(:millisecond) + timeout

    Enum.reduce_while(Stream.cycle([:next]), %{}, fn :next, found ->
      if map_size(found) == length(types) do
        {:halt, found}
      else
        case next_until(
               socket,
               &(&1["type"] in types and not Map.has_key?(found, &1["type"])),
               deadline
             ) do
          %{} = line -> {:cont, Map.put(found, line["type"], line)}
          {:error, reason} -> {:halt, {:error, reason, found}}
        end
      end
    end)
  end

  @doc "Sends one line to the bridge."
  def send_line(socket, text), do: :ok = :gen_tcp.send(socket, text <> "\n")
end
