defmodule ExESDBTop.Bridge.JSON.Own do
  @moduledoc """
  A small, dependency-free JSON encoder and decoder, used when neither Jason nor
  OTP 27's `:json` is available (OTP 25 ships neither).

  The encoder takes the bridge's plain terms: maps with string keys, lists, binaries
  that are valid UTF-8, integers, floats, `true`, `false` and `nil` (as `null`).
  Quotes, backslashes and every control character below U+0020 are escaped; all other
  text, including characters outside the Basic Multilingual Plane, stays raw UTF-8.

  The decoder follows RFC 8259: objects become maps with string keys, `null` becomes
  `nil`, `\\u` escapes (surrogate pairs included) become UTF-8, and nesting is limited
  to 64 levels.
  """

  @max_depth 64
  @control_bytes Enum.map(0..0x1F, &<<&1>>)

  @doc "Encodes a plain term as JSON iodata; raises `ArgumentError` on anything else."
  @spec encode(term()) :: iodata()
  def encode(nil), do: "null"
  def encode(true), do: "true"
  def encode(false), do: "false"
  def encode(value) when is_integer(value), do: Integer.to_string(value)
  def encode(value) when is_float(value), do: Float.to_string(value)
  def encode(value) when is_binary(value), do: encode_string(value)
  def encode(value) when is_list(value), do: encode_list(value)

  def encode(value) when is_map(value) and not is_struct(value),
    do: encode_object(Map.to_list(value))

  def encode(value),
    do: raise(ArgumentError, "cannot encode #{inspect(value)} as JSON: normalise it first")

  @doc "Encodes `[{key, value}]` as a JSON object, keeping the pairs' order."
  @spec encode_object([{String.t(), term()}]) :: iodata()
  def encode_object([]), do: "{}"

  def encode_object(pairs) do
    members =
      pairs
      |> Enum.map(fn {key, value} -> [encode_string(key), ?:, encode(value)] end)
      |> Enum.intersperse(?,)

    [?{, members, ?}]
  end

  defp encode_list([]), do: "[]"
  defp encode_list(list), do: [?[, list |> Enum.map(&encode/1) |> Enum.intersperse(?,), ?]]

  @doc "Encodes a UTF-8 binary as a JSON string literal."
  @spec encode_string(String.t()) :: iodata()
  def encode_string(text) when is_binary(text) do
    if String.valid?(text) do
      [?", escape(text, text, 0, 0, []), ?"]
    else
      raise ArgumentError, "cannot encode a binary that is not UTF-8: #{inspect(text)}"
    end
  end

  # Walks the text once, copying runs of characters that need no escape as sub-binaries.
  defp escape(<<>>, original, start, length, acc),
    do: Enum.reverse([binary_part(original, start, length) | acc])

  defp escape(<<byte, rest::binary>>, original, start, length, acc)
       when byte < 0x20 or byte == ?" or byte == ?\\ do
    run = binary_part(original, start, length)
    escape(rest, original, start + length + 1, 0, [escape_byte(byte), run | acc])
  end

  defp escape(<<_byte, rest::binary>>, original, start, length, acc),
    do: escape(rest, original, start, length + 1, acc)

  defp escape_byte(?"), do: "\\\""
  defp escape_byte(?\\), do: "\\\\"
  defp escape_byte(?\n), do: "\\n"
  defp escape_byte(?\r), do: "\\r"
  defp escape_byte(?\t), do: "\\t"
  defp escape_byte(?\b), do: "\\b"
  defp escape_byte(?\f), do: "\\f"

  defp escape_byte(byte),
    do: ["\\u00", String.pad_leading(Integer.to_string(byte, 16), 2, "0")]

  @doc "Decodes one JSON text; returns `{:ok, term}` or `{:error, reason}`."
  @spec decode(binary()) :: {:ok, term()} | {:error, String.t()}
  def decode(text) when is_binary(text) do
    with {:ok, value, rest} <- value(skip_space(text), 0),
         "" <- skip_space(rest) do
      {:ok, value}
    else
      {:error, _reason} = error -> error
      trailing when is_binary(trailing) -> {:error, "unexpected text after the value"}
    end
  end

  defp value(_text, depth) when depth > @max_depth,
    do: {:error, "nesting deeper than #{@max_depth}"}

  defp value(<<"null", rest::binary>>, _depth), do: {:ok, nil, rest}
  defp value(<<"true", rest::binary>>, _depth), do: {:ok, true, rest}
  defp value(<<"false", rest::binary>>, _depth), do: {:ok, false, rest}
  defp value(<<?", rest::binary>>, _depth), do: string(rest, [])
  defp value(<<?{, rest::binary>>, depth), do: object(skip_space(rest), depth + 1, [])
  defp value(<<?[, rest::binary>>, depth), do: array(skip_space(rest), depth + 1, [])
  defp value(<<c, _::binary>> = text, _depth) when c == ?- or c in ?0..?9, do: number(text)
  defp value(<<>>, _depth), do: {:error, "unexpected end of input"}
  defp value(_text, _depth), do: {:error, "unexpected character"}

  defp object(<<?}, rest::binary>>, _depth, []), do: {:ok, %{}, rest}

  defp object(<<?", rest::binary>>, depth, pairs) do
    with {:ok, key, rest} <- string(rest, []),
         <<?:, rest::binary>> <- skip_space(rest),
         {:ok, item, rest} <- value(skip_space(rest), depth) do
      case skip_space(rest) do
        <<?,, rest::binary>> -> object(skip_space(rest), depth, [{key, item} | pairs])
        <<?}, rest::binary>> -> {:ok, Map.new(Enum.reverse([{key, item} | pairs])), rest}
        _ -> {:error, "expected , or } in an object"}
      end
    else
      {:error, _reason} = error -> error
      _ -> {:error, "expected : after an object key"}
    end
  end

  defp object(_text, _depth, _pairs), do: {:error, "expected a string key"}

  defp array(<<?], rest::binary>>, _depth, []), do: {:ok, [], rest}

  defp array(text, depth, items) do
    with {:ok, item, rest} <- value(text, depth) do
      case skip_space(rest) do
        <<?,, rest::binary>> -> array(skip_space(rest), depth, [item | items])
        <<?], rest::binary>> -> {:ok, Enum.reverse([item | items]), rest}
        _ -> {:error, "expected , or ] in an array"}
      end
    end
  end

  defp string(<<?", rest::binary>>, acc) do
    text = IO.iodata_to_binary(Enum.reverse(acc))
    if String.valid?(text), do: {:ok, text, rest}, else: {:error, "string is not UTF-8"}
  end

  defp string(<<?\\, escape, rest::binary>>, acc)
       when escape in [?", ?\\, ?/, ?b, ?f, ?n, ?r, ?t],
       do: string(rest, [unescape(escape) | acc])

  defp string(<<"\\u", hi::binary-size(4), "\\u", lo::binary-size(4), rest::binary>> = text, acc) do
    with {:ok, high} when high in 0xD800..0xDBFF <- hex(hi),
         {:ok, low} when low in 0xDC00..0xDFFF <- hex(lo) do
      code = 0x10000 + Bitwise.bsl(high - 0xD800, 10) + (low - 0xDC00)
      string(rest, [<<code::utf8>> | acc])
    else
      _ -> single_escape(text, acc)
    end
  end

  defp string(<<"\\u", _::binary>> = text, acc), do: single_escape(text, acc)
  defp string(<<?\\, _::binary>>, _acc), do: {:error, "invalid escape"}
  defp string(<<c, _::binary>>, _acc) when c < 0x20, do: {:error, "control character in a string"}

  defp string(text, acc) do
    case :binary.match(text, [<<?">>, <<?\\>>]) do
      {0, _} -> {:error, "unterminated string"}
      {at, _} -> string_run(text, at, acc)
      :nomatch -> {:error, "unterminated string"}
    end
  end

  defp string_run(text, at, acc) do
    <<run::binary-size(at), rest::binary>> = text

    if :binary.match(run, @control_bytes) == :nomatch,
      do: string(rest, [run | acc]),
      else: {:error, "control character in a string"}
  end

  defp single_escape(<<"\\u", digits::binary-size(4), rest::binary>>, acc) do
    case hex(digits) do
      {:ok, code} when code in 0xD800..0xDFFF -> {:error, "unpaired surrogate"}
      {:ok, code} -> string(rest, [<<code::utf8>> | acc])
      :error -> {:error, "invalid \\u escape"}
    end
  end

  defp single_escape(_text, _acc), do: {:error, "invalid \\u escape"}

  defp hex(digits) do
    case Integer.parse(digits, 16) do
      {code, ""} -> {:ok, code}
      _ -> :error
    end
  end

  defp unescape(?b), do: "\b"
  defp unescape(?f), do: "\f"
  defp unescape(?n), do: "\n"
  defp unescape(?r), do: "\r"
  defp unescape(?t), do: "\t"
  defp unescape(char), do: <<char>>

  @number ~r/\A-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/

  defp number(text) do
    case Regex.run(@number, text, capture: :all) do
      [literal | parts] ->
        rest = binary_part(text, byte_size(literal), byte_size(text) - byte_size(literal))
        number_value(literal, parts, rest)

      nil ->
        {:error, "invalid number"}
    end
  end

  defp number_value(literal, [], rest), do: {:ok, String.to_integer(literal), rest}

  defp number_value(literal, [fraction | _], rest) do
    # Elixir's float parser needs a fraction before an exponent: "1e5" -> "1.0e5".
    normalised = if fraction == "", do: String.replace(literal, ~r/[eE]/, ".0e"), else: literal
    {:ok, String.to_float(normalised), rest}
  rescue
    ArgumentError -> {:error, "number out of range"}
  end

  defp skip_space(<<c, rest::binary>>) when c in [?\s, ?\t, ?\n, ?\r], do: skip_space(rest)
  defp skip_space(text), do: text
end
