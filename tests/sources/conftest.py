"""Shared sample texts for the source-reader tests (composed, not copied from news)."""
from __future__ import annotations

import pytest

ENGLISH = (
    "BEIJING, July 18 (Xinhua) -- China's industrial output grew 6.4 percent year on year "
    "in the first half of 2025, the National Bureau of Statistics said on Friday. "
    "Value added of high-tech manufacturing rose 9.5% while the steel industry, led by "
    "Baowu and Ansteel, cut crude output by 3.0% to 515 million tonnes. Xie Shaofeng, "
    "chief engineer of the Ministry of Industry and Information Technology, said the "
    "ministry would keep supporting equipment upgrades in Jiangsu, Zhejiang and Guangdong.\n"
)

GERMAN = (
    "Die deutsche Industrieproduktion ist im Juni gegenüber dem Vormonat um 1,9 Prozent "
    "gesunken, wie das Statistische Bundesamt am Freitag mitteilte. Im Vergleich zum "
    "Vorjahresmonat lag die Produktion in der Industrie damit um 3,6 Prozent niedriger. "
    "Besonders stark war der Rückgang in der Automobilindustrie, während die Hersteller "
    "von Datenverarbeitungsgeräten ein Plus verzeichneten. Ökonomen hatten mit einem "
    "kleineren Minus gerechnet und sehen die Konjunktur weiter unter Druck.\n"
)

FRENCH = (
    "La production industrielle de la France a reculé de 0,5 % en juin par rapport au mois "
    "précédent, selon les données publiées vendredi par l'Insee. Sur un an, la production "
    "est en baisse de 1,2 %, mais les économistes estiment que la tendance pour le second "
    "semestre reste favorable avec une reprise des commandes dans l'aéronautique et "
    "une amélioration de la situation dans le secteur de l'énergie.\n"
)

CHINESE = (
    "国家统计局今天发布数据显示，今年上半年全国规模以上工业增加值同比增长百分之六点四，"
    "其中高技术制造业增加值增长百分之九点五。钢铁行业粗钢产量五亿一千五百万吨，同比下降百分之三。"
    "工业和信息化部总工程师谢少锋表示，将继续支持江苏、浙江、广东等地推进设备更新。\n"
)

RUSSIAN = (
    "Промышленное производство в России в июне выросло на 1,9% по сравнению с тем же месяцем "
    "прошлого года, сообщил в пятницу Росстат. Рост обрабатывающих отраслей составил 3,7%, "
    "тогда как добыча полезных ископаемых снизилась на 2,1%. Экономисты ожидают замедления "
    "роста во втором полугодии на фоне высокой ключевой ставки Центрального банка.\n"
)


@pytest.fixture
def samples() -> dict[str, str]:
    return {
        "english": ENGLISH * 4,
        "german": GERMAN * 4,
        "french": FRENCH * 4,
        "chinese": CHINESE * 4,
        "russian": RUSSIAN * 4,
    }
