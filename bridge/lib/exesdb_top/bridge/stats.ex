defmodule ExESDBTop.Bridge.Stats do
  @moduledoc """
  The bridge's counters, shared lock-free by all its processes (`:counters`).

  | counter | counts |
  |---|---|
  | `received` | messages taken from PubSub |
  | `lines` | lines handed to clients and the file (one per event, heartbeat, topology) |
  | `forged` | secure messages whose HMAC did not match the secret |
  | `unverifiable` | secure messages seen while no secret is configured |
  | `unsecured_rejected` | unsecured messages refused (`reject_unsecured: true`) |
  | `unknown_shape` | PubSub messages that are not one of ExESDB's three shapes |
  | `oversized` | lines over `max_line_bytes`, not sent |
  | `encode_failures` | messages whose payload could not be turned into a line |
  | `overload_dropped` | messages dropped unread because a subscriber's mailbox passed its limit |
  | `dropped` | lines dropped from slow clients' buffers (oldest first) |
  | `clients_accepted`, `clients_refused` | TCP connections taken, refused over `max_clients` |
  | `acks` | AlertAck lines from clients broadcast on PubSub |
  | `ack_failures` | valid AlertAcks whose broadcast failed (PubSub server missing) |
  | `malformed_input` | client lines that were not a valid AlertAck |
  | `subscribe_failures` | PubSub subscriptions that failed and are retried |
  | `topology_failures` | topology polls that failed or timed out |
  | `file_errors` | failed writes to the output file |
  """

  @names [
    :received,
    :lines,
    :forged,
    :unverifiable,
    :unsecured_rejected,
    :unknown_shape,
    :oversized,
    :encode_failures,
    :overload_dropped,
    :dropped,
    :clients_accepted,
    :clients_refused,
    :acks,
    :ack_failures,
    :malformed_input,
    :subscribe_failures,
    :topology_failures,
    :file_errors
  ]

  @typedoc "A set of counters."
  @opaque t :: :counters.counters_ref()

  @doc "A fresh set of counters, all zero."
  @spec new() :: t()
  def new, do: :counters.new(length(@names), [:write_concurrency])

  @doc "Adds `amount` to the counter `name`."
  @spec bump(t(), atom(), pos_integer()) :: :ok
  def bump(stats, name, amount \\ 1), do: :counters.add(stats, index(name), amount)

  @doc "All counters by name."
  @spec snapshot(t()) :: %{atom() => non_neg_integer()}
  def snapshot(stats), do: Map.new(@names, &{&1, :counters.get(stats, index(&1))})

  for {name, position} <- Enum.with_index(@names, 1) do
    defp index(unquote(name)), do: unquote(position)
  end
end
