#include "match/chinese_names.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_set>

namespace vigil::match {
namespace {

// Every syllable of Hanyu Pinyin, without tones; ü written v (lv, nv) or u (lue, nue).
constexpr std::string_view kSyllables =
    "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can "
    "cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai "
    "chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den "
    "deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang "
    "fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang "
    "gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo "
    "ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken "
    "keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian "
    "liang liao lie lin ling liu lo long lou lu luan lue lun luo lv ma mai man mang mao me mei men "
    "meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian "
    "niang niao nie nin ning niu nong nou nu nuan nue nuo nv o ou pa pai pan pang pao pei pen "
    "peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu "
    "quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang "
    "sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan "
    "shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian "
    "tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian "
    "xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you "
    "yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen "
    "zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun "
    "zuo";

// The family names of most Chinese people, in pinyin.
constexpr std::string_view kFamilyNames =
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng "
    "liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye "
    "cheng wei su lu ding ren shen yao jin fu zhong cui tan liao shi xiong lei qian bai hao kong "
    "mao qiu qin gu hou shao meng long wan duan yin yi chang qiao lai gong wen pang lan fang niu "
    "yan ouyang xia zou dai jia fan tao hong wei zhan mo";

std::unordered_set<std::string_view> words_of(std::string_view text) {
  std::unordered_set<std::string_view> out;
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find(' ', at);
    if (end == std::string_view::npos) end = text.size();
    out.insert(text.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

const std::unordered_set<std::string_view>& syllables() {
  static const auto kSet = words_of(kSyllables);
  return kSet;
}

constexpr size_t kMaxSyllables = 4;
constexpr size_t kMaxSyllableLength = 6;  // "zhuang"

struct Syllables {
  std::array<std::string_view, kMaxSyllables> parts{};
  size_t count = 0;
};

// `token` as the fewest pinyin syllables (the longest first among equals); false when it is
// not pinyin or takes more than kMaxSyllables.
bool split(std::string_view token, Syllables& out) {
  constexpr size_t kMaxLength = kMaxSyllables * kMaxSyllableLength;
  if (token.empty() || token.size() > kMaxLength) return false;
  // fewest[i]: the fewest syllables that spell token[i..]; first[i]: the first one's length.
  std::array<size_t, kMaxLength + 1> fewest{};
  std::array<size_t, kMaxLength + 1> first{};
  const size_t n = token.size();
  constexpr size_t kNone = kMaxLength + 1;
  fewest[n] = 0;
  for (size_t i = n; i-- > 0;) {
    fewest[i] = kNone;
    for (size_t length = std::min(kMaxSyllableLength, n - i); length > 0; --length) {
      if (fewest[i + length] == kNone || !syllables().contains(token.substr(i, length))) continue;
      if (fewest[i + length] + 1 < fewest[i]) {
        fewest[i] = fewest[i + length] + 1;
        first[i] = length;
      }
    }
  }
  if (fewest[0] == kNone || fewest[0] > kMaxSyllables) return false;
  out.count = 0;
  for (size_t i = 0; i < n; i += first[i]) out.parts[out.count++] = token.substr(i, first[i]);
  return true;
}

std::string_view initial_of(std::string_view syllable) {
  if (syllable.size() >= 2 && syllable[1] == 'h' &&
      (syllable[0] == 'z' || syllable[0] == 'c' || syllable[0] == 's')) {
    return syllable.substr(0, 2);
  }
  constexpr std::string_view kInitials = "bpmfdtnlgkhjqxrzcsyw";
  return kInitials.find(syllable[0]) != std::string_view::npos ? syllable.substr(0, 1)
                                                               : std::string_view();
}

bool same_initial(std::string_view a, std::string_view b) {
  if (a == b) return true;
  // zh/z, ch/c, sh/s: the retroflex and the plain initial, often written one for the other.
  const auto plain = [](std::string_view i) { return i.size() == 2 ? i.substr(0, 1) : i; };
  return !a.empty() && !b.empty() && plain(a) == plain(b);
}

bool same_final(std::string_view a, std::string_view b) {
  if (a == b) return true;
  const auto without_g = [](std::string_view f) {
    return f.ends_with("ng") ? f.substr(0, f.size() - 1) : f;
  };
  return without_g(a) == without_g(b);
}

}  // namespace

bool is_chinese_family_name(std::string_view token) {
  static const auto kSet = words_of(kFamilyNames);
  return kSet.contains(token);
}

bool has_chinese_family_name(std::span<const ScoredToken> tokens) {
  return std::any_of(tokens.begin(), tokens.end(), [](const ScoredToken& t) {
    return t.features != nullptr && t.features->chinese_family_name;
  });
}

bool different_pinyin_names(std::string_view a, std::string_view b) {
  Syllables x, y;
  if (a == b || !split(a, x) || !split(b, y)) return false;
  if (x.count != y.count) return true;
  for (size_t k = 0; k < x.count; ++k) {
    const std::string_view ix = initial_of(x.parts[k]);
    const std::string_view iy = initial_of(y.parts[k]);
    if (!same_initial(ix, iy)) return true;
    if (!same_final(x.parts[k].substr(ix.size()), y.parts[k].substr(iy.size()))) return true;
  }
  return false;
}

}  // namespace vigil::match
