defmodule ExESDBTop.Bridge.Normalize do
  @moduledoc """
  Turns any Erlang term into a plain term every JSON backend writes the same way.

  | term | becomes |
  |---|---|
  | `nil` | `nil` (JSON `null`) |
  | `true`, `false` | themselves |
  | other atoms | their text (`:healthy` → `"healthy"`, `Foo.Bar` → `"Foo.Bar"`) |
  | `DateTime`, `NaiveDateTime`, `Date`, `Time` | ISO-8601 text, precision as given |
  | other structs | a map of their fields |
  | maps | maps with string keys (atoms as text, other keys as their `inspect` text) |
  | proper lists | lists |
  | UTF-8 binaries | themselves |
  | binaries that are not UTF-8, bitstrings | their `inspect` text, e.g. `"<<255, 0>>"` |
  | pids, references, ports, functions, tuples, improper lists | their `inspect` text |
  """

  @doc "The plain form of `term`."
  @spec plain(term()) :: term()
  def plain(nil), do: nil
  def plain(value) when is_boolean(value), do: value
  def plain(value) when is_atom(value), do: atom_text(value)
  def plain(value) when is_number(value), do: value
  def plain(%DateTime{} = value), do: DateTime.to_iso8601(value)
  def plain(%NaiveDateTime{} = value), do: NaiveDateTime.to_iso8601(value)
  def plain(%Date{} = value), do: Date.to_iso8601(value)
  def plain(%Time{} = value), do: Time.to_iso8601(value)
  def plain(%_{} = value), do: value |> Map.from_struct() |> plain()
  def plain(value) when is_map(value), do: Map.new(value, fn {k, v} -> {key(k), plain(v)} end)

  def plain(value) when is_list(value) do
    if proper_list?(value), do: Enum.map(value, &plain/1), else: inspect(value)
  end

  def plain(value) when is_binary(value) do
    if String.valid?(value),
      do: value,
      else: inspect(value, binaries: :as_binaries, limit: :infinity)
  end

  def plain(value), do: inspect(value, limit: :infinity)

  @doc "The text of a map key or field name."
  @spec key(term()) :: String.t()
  def key(key) when is_atom(key), do: atom_text(key)
  def key(key) when is_binary(key), do: plain(key)
  def key(key), do: inspect(key, limit: :infinity)

  @doc "The text of an atom, without the `Elixir.` prefix of module names."
  @spec atom_text(atom()) :: String.t()
  def atom_text(atom) do
    case Atom.to_string(atom) do
      "Elixir." <> name -> name
      name -> name
    end
  end

  defp proper_list?([]), do: true
  defp proper_list?([_ | tail]), do: proper_list?(tail)
  defp proper_list?(_improper), do: false
end
