defmodule ExESDBTop.Bridge.AlertAck do
  @moduledoc """
  An operator's acknowledgement from a console, put on ExESDB's alert PubSub.

  A client line such as
  `{"type":"AlertAck","alert_id":"alert_12345","ack_by":"ops@node1","ack_note":"looking"}`
  becomes an AlertAck with ex-esdb-gater's field names (`alert_id`, `ack_by`,
  `ack_note`, `resolution`, `ack_timestamp`, `timestamp`): the struct
  `ExESDBGater.Messages.AlertMessages.AlertAck` when the node has it, else a map with
  the same keys. It is broadcast as `{:alert_acknowledged, ack}` on `ack_pubsub` /
  `ack_topic`, signed like ExESDB signs (`ExESDBTop.Bridge.Envelope.seal/2`).

  `type` may also be `alert_ack`, `alert_acknowledged` or the full module name. The
  guide's older names `acknowledged_by` and `ack_message` are read too. `ack_timestamp`
  is the client's `ack_timestamp` or `timestamp` (ISO-8601 or epoch milliseconds),
  else now; `timestamp` is when the bridge broadcast it. No atom is made from client text.
  """

  alias ExESDBTop.Bridge.{Config, Envelope, Stats}

  @struct ExESDBGater.Messages.AlertMessages.AlertAck
  @types ["AlertAck", "alert_ack", "alert_acknowledged", inspect(@struct)]
  @max_text 4096

  @typedoc "An acknowledgement: the gater struct or a map with its keys."
  @type t :: map()

  @doc "The AlertAck a decoded client message asks for, or why it is not one."
  @spec from_message(term()) :: {:ok, t()} | {:error, atom()}
  def from_message(%{"type" => type} = message) when type in @types do
    now = DateTime.utc_now() |> DateTime.truncate(:millisecond)

    with {:ok, alert_id} <- text(message, ["alert_id"], :required),
         {:ok, ack_by} <- text(message, ["ack_by", "acknowledged_by"], "exesdb-top"),
         {:ok, ack_note} <- text(message, ["ack_note", "ack_message"], nil),
         {:ok, resolution} <- text(message, ["resolution"], nil),
         {:ok, ack_timestamp} <- time(message, ["ack_timestamp", "timestamp"], now) do
      fields = %{
        alert_id: alert_id,
        ack_by: ack_by,
        ack_note: ack_note,
        resolution: resolution,
        ack_timestamp: ack_timestamp,
        timestamp: now
      }

      {:ok, if(Code.ensure_loaded?(@struct), do: struct(@struct, fields), else: fields)}
    end
  end

  def from_message(_message), do: {:error, :not_an_alert_ack}

  @doc "Broadcasts `ack` as `{:alert_acknowledged, ack}` on the configured alert topic."
  @spec broadcast(Config.t(), t()) :: :ok
  def broadcast(config, ack) do
    message = Envelope.seal({:alert_acknowledged, ack}, config.secret)

    case config.pubsub_module.broadcast(config.ack_pubsub, config.ack_topic, message) do
      :ok -> Stats.bump(config.stats, :acks)
      _error -> Stats.bump(config.stats, :ack_failures)
    end
  rescue
    _error -> Stats.bump(config.stats, :ack_failures)
  end

  defp text(message, names, default) do
    case first(message, names) do
      nil when default == :required ->
        {:error, :missing_alert_id}

      nil ->
        {:ok, default}

      value when is_binary(value) and value != "" and byte_size(value) <= @max_text ->
        {:ok, value}

      _ ->
        {:error, :bad_text}
    end
  end

  defp time(message, names, default) do
    case first(message, names) do
      nil -> {:ok, default}
      millis when is_integer(millis) -> DateTime.from_unix(millis, :millisecond)
      iso when is_binary(iso) -> iso_time(iso)
      _ -> {:error, :bad_timestamp}
    end
  end

  defp iso_time(iso) do
    case DateTime.from_iso8601(iso) do
      {:ok, time, _offset} -> {:ok, time}
      {:error, _} -> {:error, :bad_timestamp}
    end
  end

  defp first(message, names), do: Enum.find_value(names, &Map.get(message, &1))
end
