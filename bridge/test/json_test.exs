defmodule ExESDBTop.Bridge.JSONTest do
  use ExUnit.Case, async: true

  alias ExESDBTop.Bridge.JSON
  alias ExESDBTop.Bridge.JSON.Own

  defp own(value), do: value |> Own.encode() |> IO.iodata_to_binary()

  describe "own encoder" do
    test "escapes quotes, backslashes and every control character" do
      assert own(~s(say "hi" \\ bye)) == ~S("say \"hi\" \\ bye")
      assert own("a\nb\rc\td\be\ff") == ~S("a\nb\rc\td\be\ff")
      assert own(<<0, 1, 0x1F, 0x7F>>) == ~s("\\u0000\\u0001\\u001F\x7F")
      assert own("\e[31mred") == ~S("\u001B[31mred")
    end

    test "keeps text outside the BMP and other UTF-8 as raw UTF-8" do
      assert own("🩺 ★ é 𝄞") == ~s("🩺 ★ é 𝄞")
    end

    test "writes numbers, booleans, null, lists and objects" do
      assert own([1, -2, 45.2, 1.0e20, true, false, nil]) == "[1,-2,45.2,1.0e20,true,false,null]"
      assert own(%{}) == "{}"
      assert own([]) == "[]"
      assert own(%{"a" => [%{"b" => nil}]}) == ~S({"a":[{"b":null}]})
    end

    test "keeps the order of an object's pairs" do
      assert IO.iodata_to_binary(Own.encode_object([{"z", 1}, {"a", 2}])) == ~S({"z":1,"a":2})
    end

    test "refuses binaries that are not UTF-8 and terms that are not plain" do
      assert_raise ArgumentError, fn -> Own.encode(<<255>>) end
      assert_raise ArgumentError, fn -> Own.encode({:a, 1}) end
      assert_raise ArgumentError, fn -> Own.encode(:atom) end
    end
  end

  describe "own decoder" do
    test "reads what the encoder writes" do
      value = %{
        "s" => "q\" b\\ \n \u0001 🩺",
        "n" => [0, -3, 2.5, 1.0e-5],
        "b" => [true, false, nil],
        "o" => %{}
      }

      assert Own.decode(own(value)) == {:ok, value}
    end

    test "reads escapes, surrogate pairs and exponents" do
      assert Own.decode(~S("\u00e9\ud83e\ude7a\/")) == {:ok, "é🩺/"}
      assert Own.decode("1e3") == {:ok, 1000.0}
      assert Own.decode("-0.5E-1") == {:ok, -0.05}
      assert Own.decode(" { \"a\" : [ 1 , 2 ] } \r\n") == {:ok, %{"a" => [1, 2]}}
    end

    test "refuses malformed text" do
      for bad <- [
            ~S({"a":1,}),
            ~S([1 2]),
            ~S("open),
            ~S({a:1}),
            "01",
            "1.",
            ~S("\ud83e"),
            "tru",
            "{} x",
            "",
            <<?", 255, ?">>,
            "\"tab\there\"",
            "1e999",
            String.duplicate("[", 100) <> String.duplicate("]", 100)
          ] do
        assert {:error, _reason} = Own.decode(bad), "accepted #{inspect(bad)}"
      end
    end
  end

  describe "backends" do
    @pairs [
      {"type", "ClusterHealth"},
      {"text", "q\" \\ \n \u0001 🩺"},
      {"nested", %{"list" => [1, 2.5, nil, true], "empty" => %{}}},
      {"nothing", nil}
    ]

    test "the own backend writes pairs in order and reads them back" do
      line = JSON.encode_object(@pairs, :own)
      assert String.starts_with?(line, ~S({"type":"ClusterHealth","text":))
      assert JSON.decode(line, :own) == {:ok, Map.new(@pairs)}
    end

    @tag json_backend: :jason
    test "Jason writes the same values" do
      line = JSON.encode_object(@pairs, :jason)
      assert String.starts_with?(line, ~S({"type":"ClusterHealth","text":))
      assert JSON.decode(line, :own) == {:ok, Map.new(@pairs)}
      assert JSON.decode(line, :jason) == {:ok, Map.new(@pairs)}
    end

    @tag json_backend: :otp
    test "OTP's :json writes the same values and null for nil" do
      line = JSON.encode_object(@pairs, :otp)
      assert String.starts_with?(line, ~S({"type":"ClusterHealth","text":))
      assert JSON.decode(line, :own) == {:ok, Map.new(@pairs)}
      assert JSON.decode(line, :otp) == {:ok, Map.new(@pairs)}
    end

    test "the default backend is one that is available" do
      assert JSON.available?(JSON.default_backend())
    end
  end
end
