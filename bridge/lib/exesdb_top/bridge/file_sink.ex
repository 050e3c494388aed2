defmodule ExESDBTop.Bridge.FileSink do
  @moduledoc """
  Appends every line to the `file` setting. Past `file_max_bytes` the file is renamed
  `<file>.1` (replacing an older one) and a new file is started, so at most about
  twice that size stays on disk. Write errors are counted (`file_errors`), never raised.
  """

  use GenServer

  require Logger

  alias ExESDBTop.Bridge.{Config, Fanout, Stats}

  @doc "Starts the sink for `config.file`."
  @spec start_link(Config.t()) :: GenServer.on_start()
  def start_link(config), do: GenServer.start_link(__MODULE__, config)

  @impl true
  def init(config) do
    :ok = Fanout.register_sink(config)
    {:ok, open(%{config: config, device: nil, size: 0, warned: false})}
  end

  @impl true
  def handle_info({:bridge_line, line}, state) do
    {:noreply, state |> ensure_open() |> write(line)}
  end

  defp ensure_open(%{device: nil} = state), do: open(state)
  defp ensure_open(state), do: state

  defp write(%{device: nil} = state, _line) do
    Stats.bump(state.config.stats, :file_errors)
    state
  end

  defp write(state, line) do
    case IO.binwrite(state.device, line) do
      :ok ->
        rotate_if_full(%{state | size: state.size + byte_size(line)})

      {:error, reason} ->
        warn(state, "cannot write #{state.config.file}: #{inspect(reason)}")
        Stats.bump(state.config.stats, :file_errors)
        File.close(state.device)
        %{state | device: nil, warned: true}
    end
  end

  defp rotate_if_full(%{size: size, config: config} = state) when size < config.file_max_bytes,
    do: state

  defp rotate_if_full(state) do
    File.close(state.device)
    File.rename(state.config.file, state.config.file <> ".1")
    open(%{state | device: nil, size: 0})
  end

  defp open(%{config: config} = state) do
    case File.open(config.file, [:append, :binary, {:delayed_write, 64 * 1024, 200}]) do
      {:ok, device} ->
        %{state | device: device, size: file_size(config.file), warned: false}

      {:error, reason} ->
        warn(state, "cannot open #{config.file}: #{inspect(reason)}")
        %{state | warned: true}
    end
  end

  defp warn(%{warned: true}, _text), do: :ok
  defp warn(_state, text), do: Logger.warning("exesdb-top bridge: " <> text)

  defp file_size(path) do
    case File.stat(path) do
      {:ok, %File.Stat{size: size}} -> size
      {:error, _} -> 0
    end
  end
end
