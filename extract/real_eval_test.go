package extract_test

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph"
)

// The real-reporting corpus (testdata/real, issue 11): close paraphrases of
// real articles, a dev part that tuning may look at and a blind held-out
// part that it never does. Both are scored every time:
//
//	go test -run 'TestEvalReal' -v ./extract/
//
// Events count only with the right kind, a right date (or none, or the
// article's date marked assumed, when the text gives none) and a shared
// named participant; leaders also count how many get the right country.

// Gates of the real dev set. They started at the first measurement
// (entities 0.817, events 0.423, facts 0.679, leader country 0.751, before
// any tuning on real text) minus 0.02 and rise with the extractor, just
// under its measured figures (0.903 / 0.725 / 0.840 / 0.935 on the 84
// articles before round 7; with articles 093-122 added and no tuning,
// entities 0.887, events 0.675, facts 0.805, leader country 0.887; after
// round 8, 0.902 / 0.700 / 0.831 / 0.940; after round 9, 0.910 / 0.728 /
// 0.862 / 0.940; after round 10, 0.912 / 0.735 / 0.863 / 0.940; with
// articles 123-147 added (130 dropped: its source is also a held-out
// article's) and no tuning, 0.906 / 0.725 / 0.851 / 0.911 — on the new
// articles alone 0.873 / 0.647 / 0.778 / 0.761; after round 11, 0.909 /
// 0.730 / 0.855 / 0.921, the new articles alone 0.903 / 0.716 / 0.802 /
// 0.824; after round 12, 0.909 / 0.748 / 0.855 / 0.921; after rounds 13
// and 14, 0.909 / 0.748 / 0.855 / 0.947; with articles 148-169 added
// (Africa, Latin America, the Middle East, South-East Asia, Europe,
// Oceania) and no tuning, 0.902 / 0.710 / 0.818 / 0.893 — on the new
// articles alone 0.865 / 0.481 / 0.663 / 0.592; after round 15, 0.902 /
// 0.721 / 0.829 / 0.914, the new articles alone 0.869 / 0.556 / 0.725 /
// 0.764; with articles 170-191 added (South and East Asia, the
// Caucasus, the Caribbean, the Pacific, the Gulf, Africa) and no tuning,
// 0.897 / 0.680 / 0.823 / 0.901 — on the new articles alone 0.860 /
// 0.454 / 0.779 / 0.803; after round 16, 0.898 / 0.690 / 0.826 / 0.916,
// the new articles alone 0.864 / 0.521 / 0.805 / 0.925; with articles
// 192-213 added (southern Africa, the Horn, the Baltics and Nordics, the
// Balkans, Turkey, Central America, Mongolia, Mainland South-East Asia)
// and no tuning, 0.891 / 0.678 / 0.816 / 0.894 — on the new articles
// alone 0.836 / 0.578 / 0.716 / 0.725; after rounds 17 and 18, 0.891 /
// 0.679 / 0.819 / 0.904, the new articles alone 0.843 / 0.583 / 0.752 /
// 0.812; with articles 214-233 added (wire stories, releases and
// regional papers of every region) and no tuning, 0.889 / 0.663 / 0.802 /
// 0.901 — on the new articles alone 0.874 / 0.538 / 0.676 / 0.871; after
// round 19, 0.890 / 0.663 / 0.819 / 0.904, the new articles alone 0.879 /
// 0.542 / 0.758 / 0.903; after round 20, events 0.669; with articles
// 234-277 added (249 dropped: its source is a held-out article's) and no
// tuning, 0.880 / 0.637 / 0.797 / 0.892 — on the new articles alone
// 0.831 / 0.480 / 0.694 / 0.825, 8 of 120 leaders with a wrong country;
// after round 21's leader-country fixes, 0.882 / 0.637 / 0.799 / 0.892;
// with articles 278-321 added and no tuning, on the new articles alone
// 0.871 / 0.412 / 0.739 / 0.773, 10 of 141 leaders with a wrong country;
// after two more country fixes, 0.880 / 0.601 / 0.792 / 0.878 on all 305;
// round 21's event work, on the 218 articles it tuned on, 0.890 / 0.669 /
// 0.819 / 0.904 -> 0.893 / 0.709 / 0.823 / 0.906; merged, on all 305,
// 0.882 / 0.631 / 0.796 / 0.881, 8 wrong of 941; round 22's organization,
// project, MEMBER_OF and SUPPORTS fixes, before round 21 was merged,
// 0.880 / 0.601 / 0.792 / 0.878 -> 0.885 / 0.601 / 0.799 / 0.878; rounds
// 21-23 merged, 0.887 / 0.631 / 0.803 / 0.881; round 25's leader-country
// fixes, 0.887 / 0.632 / 0.806 / 0.891, 0 wrong and 103 without a country
// of 941; with articles 322-365 added and no tuning (South and Central
// Asia, the Caucasus, the Middle East; Africa, Latin America, Europe, the
// Pacific), 0.886 / 0.620 / 0.799 / 0.881 on all 349, on 322-343 alone
// 0.865 / 0.667 / 0.800 / 0.864, on 344-365 alone 0.885 / 0.394 / 0.718 /
// 0.758; 5 of 121 inferred countries on them wrong; after round 27
// (names of organizations, organs, projects and leaders, sectors, MEMBER_OF,
// merged with main's trade and partnership rounds), 0.900 / 0.623 / 0.836 /
// 0.878, 6 wrong of 1085; round 26 (events) on articles 001-321 alone,
// 0.887 / 0.632 / 0.806 / 0.891 -> 0.887 / 0.667 / 0.807 / 0.891; rounds
// 26 and 27 merged, 0.900 / 0.657 / 0.837 / 0.878; round 28 (leader
// countries: no guess the text contradicts, more stated countries read) on
// main before rounds 26-27, 0.886 / 0.620 / 0.801 / 0.893, 0 wrong and 114
// without a country of 1062; rounds 26-28 merged, 0.900 / 0.657 / 0.838 /
// 0.890, 1 wrong and 119 without of 1086; with articles 366-387 added
// and no tuning (West Africa, the Andes and Central America, Oceania, the
// Baltics and Nordics, the Gulf, Southeast Asia), 0.899 / 0.652 / 0.830 /
// 0.885 on all 371, on 366-387 alone 0.877 / 0.567 / 0.712 / 0.792, 2
// wrong and 8 without of 48; round 30 (events: meetings told one by one,
// tours, discussions, calls in other words, weekday tenses; gold 364's
// meeting dated) on articles 001-365, 0.900 / 0.683 / 0.841 / 0.890;
// round 31 (names, stated countries, guesses checked against invented
// articles, places and projects from common words) on articles 001-365,
// 0.907 / 0.659 / 0.840 / 0.895, 0 wrong and 117 without of 1117;
// rounds 30 and 31 merged, on all 371, 0.905 / 0.677 / 0.834 / 0.890, 2
// wrong and 126 without of 1165, on 366-387 (which neither round saw)
// 0.877 / 0.567 / 0.707 / 0.771; round 33 (participants of events: no
// leaders on signings told of countries alone, topics and venues no
// parties, asides, sources and senders no parties) merged, 0.905 / 0.676
// / 0.835 / 0.890, person participants P 0.733 -> 0.754); stop 22: the
// scorer pairs events by most participants shared (a maximum matching;
// event counts unchanged), rounds on wrong countries, calls, summits,
// invitations, names, with articles 388-409, 410-431 and 432-453 added,
// each scored before any change made from it (0.853 / 0.633 / 0.729 /
// 0.814, 0.867 / 0.632 / 0.779 / 0.915, 0.894 / 0.589 / 0.811 / 0.911),
// 0.904 / 0.671 / 0.834 / 0.892 on all 437, 6 wrong countries of 1339;
// stop 23: articles 454-475 scored before any change from them, 0.876 /
// 0.646 / 0.860 / 1.000; after the stop's first fixes, 476-497 scored
// before any change from them, 0.855 / 0.537 / 0.787 / 0.785 (4 wrong,
// 10 without of 65), and on all 481, 0.902 / 0.663 / 0.835 / 0.891;
// with the fixes from 454-497, 498-519 scored before any change from
// them, 0.878 / 0.632 / 0.755 / 0.600 (4 wrong, 24 without of 70; the
// stop's first code, 0.870 / 0.627 / 0.752 / 0.600), and on all 503,
// 0.901 / 0.663 / 0.833 / 0.881; after the fixes from 498-519, 520-541
// scored before any change from them, 0.856 / 0.530 / 0.837 / 0.544 (3
// wrong, 33 without of 79; the stop's first code, 0.856 / 0.530 / 0.833 /
// 0.544), and on all 525, 0.899 / 0.659 / 0.834 / 0.866; after the
// fixes from 520-541, 542-563 scored once before any change from them,
// 0.881 / 0.589 / 0.712 / 0.796 (5 wrong, 5 without of 49; the stop's
// first code 0.877 / 0.589 / 0.739 / 0.796: CEMAC, newly known, had
// drawn the sentence's other parties in as members, fixed by class),
// and on all 547, 0.899 / 0.659 / 0.831 / 0.877; stop 24: articles
// 564-585 scored before any change from them, 0.862 / 0.553 / 0.884 /
// 0.657 (564-574: 0 wrong, 12 without of 35) and 0.884 / 0.587 / 0.752 /
// 0.833 (575-585: 2 wrong, 3 without of 30), the same as with the stop's
// first code, and on all 569, 0.899 / 0.657 / 0.832 / 0.873; after
// the stop's fixes, 569: 0.899 / 0.659 / 0.832 / 0.878; then 586-607
// scored once before any change from them, 0.869 / 0.577 / 0.797 / 0.848
// (4 wrong, 6 without of 66), the same as with the stop's first code, and
// on all 591, 0.898 / 0.656 / 0.830 / 0.877; with the stop's later
// fixes (leader countries from departures, a Malaysian honorific, a
// described destination, capitals' spellings), 591: 0.898 / 0.656 / 0.832
// / 0.882; then 608-629 scored once before any change from them, 0.861 /
// 0.594 / 0.744 / 0.724 (3 wrong, 13 without of 58; the stop's first code
// 0.861 / 0.594 / 0.741 / 0.724, 4 wrong, 12 without), and on all 613,
// 0.896 / 0.654 / 0.828 / 0.877; stop 25: 630-640 scored before any
// change from them, 0.884 / 0.585 / 0.876 / 0.957 (1 wrong, 0 without of
// 23; the stop's first code the same), 641-651 after the stop's first
// fixes and before any from them, 0.821 / 0.525 / 0.759 / 0.825 (2
// wrong, 5 without of 40; the stop's first code the same), and on all
// 635, 0.895 / 0.652 / 0.828 / 0.877; after the stop's fixes from them,
// 635: 0.896 / 0.652 / 0.832 / 0.880 (11 wrong); then 652-662 and
// 663-673 scored once before any change from them, 0.908 / 0.548 /
// 0.738 / 0.769 and 0.877 / 0.635 / 0.768 / 0.808 (each the same with
// the stop's first code), and on all 657, 0.896 / 0.650 / 0.829 / 0.877;
// stop 26: 674-684 and 685-695 scored once before any change from them,
// 0.864 / 0.444 / 0.605 / 0.558 (1 wrong, 18 without of 43) and 0.880 /
// 0.517 / 0.746 / 0.700 (2 wrong, 10 without of 40), each the same with
// the stop's first code, and on all 679, 0.896 / 0.647 / 0.827 / 0.868;
// after the stop's fixes (places of events, capitals' and cities'
// spellings and homonyms, called-off occasions, topic countries, roles of
// other parties, delegations' members, dates of undated occasions), 679:
// 0.896 / 0.653 / 0.828 / 0.875 (11 wrong, 248 without, of 2067);
// stop 27: 696-706 and 707-717 scored once before any change from them,
// 0.847 / 0.642 / 0.752 / 0.857 (0 wrong, 4 without of 28) and 0.914 /
// 0.657 / 0.880 / 0.688 (1 wrong, 9 without of 32), and on all 701,
// 0.896 / 0.653 / 0.828 / 0.872; after the stop's fixes (a third person
// by role settling no side, "Jan" as a given name, companions told of by
// "him" further back or "the Mexican president", bracketed short names,
// hosts met by a visitor named with an apposition, airport greetings,
// calls paid in a meeting, the last day of a visit, meetings planned with
// "will next meet"), 701: 0.896 / 0.654 / 0.828 / 0.876 (11 wrong, 253
// without, of 2127); stop 29: 718-737 scored once before any change
// from them, 0.887 / 0.620 / 0.821 / 0.857 (2 wrong, 5 without of 49),
// and 738-757 (744 dropped later), 0.850 / 0.571 / 0.795 / 0.738 (6
// wrong, 10 without of 61); after the stop's fixes (hosts in visits,
// trade aims, deal values and last year's periods, a second title in
// apposition, partners after "with", months of "this year", stamp lines,
// trips from the dateline, plural titles of paired countries), 740:
// 0.895 / 0.653 / 0.830 / 0.873 (11 wrong, 274 without, of 2240); then
// 758-767 and 768-777, each scored once before any change from it,
// 0.850 / 0.491 / 0.800 / 0.833 (2 wrong, 3 without of 30) and 0.885 /
// 0.646 / 0.822 / 0.844 (1 wrong, 4 without of 32); with them, 760
// articles: 0.894 / 0.653 / 0.830 / 0.872 (12 wrong, 283 without, of
// 2302); then 778-787 and 788-797, each scored once before any change
// from it, 0.844 / 0.509 / 0.775 / 0.773 (2 wrong, 3 without of 22) and
// 0.839 / 0.615 / 0.822 / 0.853 (0 wrong, 5 without of 34); with them,
// 780 articles: 0.893 / 0.652 / 0.830 / 0.872 (12 wrong, 290 without, of
// 2359), the gates set just under (the new articles are harder than the
// old, so the entity, event and country gates are lower than stop 27's);
// stop 30: the register of office-holders (data/officials.tsv) and the
// fixes after it, 780 articles: 0.895 / 0.651 / 0.846 / 0.947 (5 wrong,
// 120 without, of 2366); 798-807, 808-817 and 818-827, each scored once
// before any change from them, 0.864 / 0.610 / 0.791 / 0.885, 0.836 /
// 0.522 / 0.737 / 0.722 and 0.814 / 0.638 / 0.822 / 0.655; with them,
// 810 articles: 0.893 / 0.649 / 0.845 / 0.946 (5 wrong, 128 without, of
// 2443); then 828-837, 838-847 and 848-857, each scored once before any
// change from them (after the register), 0.896 / 0.594 / 0.899 / 0.867,
// 0.917 / 0.351 / 0.860 / 0.906 and 0.876 / 0.706 / 0.855 / 1.000; with
// them, 840 articles: 0.893 / 0.644 / 0.846 / 0.945 (5 wrong, 133
// without, of 2530), the gates set just under (the event gate lower than
// stop 29's: the new articles' events are harder, 838-847 above all, with
// many occasions each); after the stop's last fixes (a project's size
// before its name, "last August", "this February", "next March"), 840:
// 0.894 / 0.647 / 0.846 / 0.945; stop 31: 858-867 and 868-877 scored once
// untuned at a8f424b, 0.883 / 0.582 / 0.679 / 0.852 and 0.897 / 0.644 /
// 0.870 / 0.944, 878-887 at 0edf705, 0.871 / 0.492 / 0.857 / 0.885, and
// 888-897 at f57db30, 0.870 / 0.507 / 0.758 / 0.909; with them and the
// stop's fixes, 880 articles: 0.894 / 0.645 / 0.845 / 0.948 (3 wrong, 136
// without, of 2659), the event gate set just under (the new batches'
// events are harder: many occasions, several undated); then sector cues
// of talks (entities 0.898, facts 0.852), and 898-907 at 8f02ed3, 0.899 /
// 0.580 / 0.916 / 0.763, and 908-917 at 49389a4, 0.894 / 0.562 / 0.867 /
// 0.935; with them, 900 articles: 0.898 / 0.644 / 0.853 / 0.945 (3 wrong,
// 148 without, of 2731), the gates set just under; then 918-927 and
// 928-937 at e5901c9, 0.861 / 0.731 / 0.655 / 1.000 and 0.845 / 0.600 /
// 0.796 / 0.870; with them, 920 articles: 0.898 / 0.644 / 0.852 / 0.944
// (3 wrong, 152 without, of 2780); after the stop's last fixes (titles
// after "which"/"by", no guess for the untitled, capitals standing for
// their governments, more bodies listed), 0.899 / 0.643 / 0.852 / 0.944 (1
// wrong, 156 without, of 2784), the gates set just under; stop 32:
// 938-967 scored once together untuned at 78d0b85, 0.869 / 0.559 / 0.780
// / 0.968; with them and the stop's fixes (a lead pair's day, bare
// titles, whose dollars, balances, chairs to come, listed meetings), 950
// articles: 0.898 / 0.643 / 0.851 / 0.945 (1 wrong, 157 without, of
// 2878); then the register's untitled names and heads, and 968-997
// scored once together untuned at 4810b2e, 0.918 / 0.522 / 0.843 / 0.903;
// with them and the fixes made from them, 980 articles: 0.904 / 0.641 /
// 0.858 / 0.948 (1 wrong, 160 without, of 3078); then 998-1027 at
// d522845, 0.880 / 0.597 / 0.887 / 0.930; with them and the fixes made
// from them, 1010 articles: 0.904 / 0.640 / 0.859 / 0.948 (3 wrong, 163
// without, of 3166), and after plural titles with one adjective and
// India's own offices, leader country 0.949 (3 wrong, 159 without). In
// stop 33, 1028-1057 scored once together untuned at b26a245, 0.890 /
// 0.600 / 0.813 / 0.911, and 1058-1087 at 199cf8a, 0.900 / 0.606 / 0.885
// / 0.930; with both and the fixes made from them, 1070 articles: 0.903
// / 0.639 / 0.859 / 0.948 (2 wrong, 171 without, of 3354), and at the
// end of the stop 0.904 / 0.639 / 0.861 / 0.948. In stop 34, 1088-1117
// scored once together untuned at e596056, 0.886 / 0.674 / 0.871 /
// 0.847; with them and the fixes made from them, 1100 articles: 0.904 /
// 0.641 / 0.862 / 0.947 (2 wrong, 180 without, of 3441); then 1118-1147
// (visits over several days, past and planned occasions, calls and
// summit sidelines) at ac99915, 0.897 / 0.518 / 0.854 / 0.936; with them
// and the fixes made from them, 1130 articles: 0.904 / 0.637 / 0.862 /
// 0.947 (2 wrong, 187 without, of 3549). In stop 35, 1148-1177 (visits,
// calls, signings and summits of every region) scored once together
// untuned at 35500f6, 0.877 / 0.530 / 0.864 / 0.956; with them and the
// fixes made from them, 1160 articles: 0.903 / 0.638 / 0.862 / 0.947 (4
// wrong, 189 without, of 3639), the gates set just under (entities 0.903
// -> 0.902: the new articles' untuned 0.877 lowers the set). In stop 36,
// 1178-1207 scored once together untuned at 92b54c1, 0.878 / 0.622 /
// 0.819 / 0.921, then 1208-1217 at 7c2c59a, 0.915 / 0.586 / 0.805 /
// 0.968, and 1218-1227 at 1e74a0b, 0.861 / 0.479 / 0.913 / 0.914; with
// them and the fixes made from them, 1210 articles: 0.903 / 0.637 / 0.863
// / 0.946 (4 wrong, 203 without, of 3816), the gates set just under.
// In stop 37, five batches of ten scored once each untuned: 1228-1237
// and 1238-1247 at b17ea4c (0.879 / 0.552 / 0.857 / 1.000; 0.876 / 0.659
// / 0.897 / 1.000), 1248-1257 at 119b6f3 (0.934 / 0.532 / 0.894 /
// 0.909), 1258-1267 at 594ce16 (0.879 / 0.512 / 0.830 / 0.968),
// 1268-1277 at b7c9c90 (0.886 / 0.568 / 0.874 / 0.927), then 1278-1287 at
// 5e41753 (0.894 / 0.430 / 0.867 / 0.872) and 1288-1297 at 1052784 (0.884
// / 0.667 / 0.847 / 0.929); with them and the fixes made from them, 1280
// articles: 0.903 / 0.634 / 0.865 / 0.946 (4 wrong, 215 without, of 4055),
// the gates set just under. In stop 38, five batches of ten scored once
// each untuned at aa2cb68: 1298-1307 (0.873 / 0.568 / 0.914 / 0.920),
// 1308-1317 (0.871 / 0.688 / 0.917 / 0.744), 1318-1327 (0.893 / 0.507 /
// 0.921 / 0.897), 1328-1337 (0.805 / 0.533 / 0.761 / 0.933) and
// 1338-1347 (0.832 / 0.560 / 0.886 / 0.943); with them and the fixes made
// from them, 1330 articles: 0.901 / 0.631 / 0.866 / 0.946 (4 wrong, 225
// without, of 4222), the gates set just under (the new articles' untuned
// figures lower the set);
// up to issue 11's targets (entities 0.92, events 0.80, facts 0.85, leader
// country 0.95).
const (
	realDevEntityF1  = 0.900
	realDevEventF1   = 0.630
	realDevFactF1    = 0.865
	realDevCountryOK = 0.945
)

// Floors of the blind held-out set: its figures after the latest tuning
// (entities 0.881, events 0.602, facts 0.743, leader country 0.722 after the
// fourth round; 0.881, 0.602, 0.737, 0.713 after the fifth; 0.888, 0.598,
// 0.755, 0.757 after the twelfth; 0.892, 0.604, 0.777, 0.761 after the
// nineteenth; 0.894, 0.630, 0.781, 0.754 after the twenty-first; 0.899,
// 0.664, 0.799, 0.750 after rounds 26-28; 0.899, 0.667, 0.799, 0.750
// after rounds 30, 31 and 33; 0.898, 0.659, 0.804, 0.767 at the end of
// stop 24, which raised the facts and leader-country floors; 0.898,
// 0.662, 0.809, 0.767 at the end of stop 29, which raised the facts
// floor; 0.901, 0.667, 0.823, 0.876 in stop 30, after the register of
// office-holders, which raised every floor; 0.902, 0.669, 0.825, 0.868 at
// the end of stop 31, which raised the facts floor (the country figure
// fell: one right guess of an untitled person's country is no longer
// made); 0.911, 0.683, 0.851, 0.875 in stop 32, after the register's
// untitled names and heads, which raised the entity, event and fact
// floors; 0.911, 0.683, 0.857, 0.875 at the end of stop 33, which raised
// the fact floor (fewer wrong trade figures and supports); first measured
// at 0.829,
// 0.477, 0.687, 0.684) minus 0.02, a guard against regressions, never a
// target to tune against. In stop 36 the set grew from 46 to 61 articles
// (47-61 by another helper who had not read the extractor, scored once
// untuned at 72b3750: 0.901, 0.722, 0.807, 1.000); the floors are the 61
// articles' first figures (0.909, 0.691, 0.846, 0.910) minus 0.02. (The
// 46 then: 0.912, 0.683, 0.858, 0.884.) In stop 37 it grew to 76 (62-76
// by another such helper, scored once untuned at b1fa4db: 0.880, 0.656,
// 0.845, 0.854); the floors are the 76 articles' first figures (0.905,
// 0.686, 0.851, 0.899) minus 0.02. In stop 38 it grew to 91 (77-91 by
// another such helper, scored once untuned at aa2cb68: 0.924, 0.520,
// 0.910, 0.884); the floors are the 91 articles' first figures (0.909,
// 0.655, 0.862, 0.896) minus 0.02.
const (
	realHeldEntityF1  = 0.889
	realHeldEventF1   = 0.635
	realHeldFactF1    = 0.842
	realHeldCountryOK = 0.876
)

// realGold is one gold file of the real corpus.
type realGold struct {
	Entities []struct {
		Type    string `json:"type"`
		Key     string `json:"key"`
		Country string `json:"country"`
	} `json:"entities"`
	Events []realEvent `json:"events"`
	Facts  []struct {
		Type     string   `json:"type"`
		From     string   `json:"from"`
		To       string   `json:"to"`
		Year     *int     `json:"year"`
		ValueUSD *float64 `json:"valueUsd"`
		Value    *float64 `json:"value"`
		Currency *string  `json:"currency"`
		Level    string   `json:"level"`
	} `json:"facts"`
}

// realEvent is one gold event of the real corpus.
type realEvent struct {
	Kind          string   `json:"kind"`
	Date          *string  `json:"date"`
	DatePrecision *string  `json:"datePrecision"`
	Location      *string  `json:"location"`
	Participants  []string `json:"participants"`
}

// realScore is the score of one set.
type realScore struct {
	entities, events, facts counts
	byType, factTypes       map[string]*counts
	leaders, countryOK      int
	countryEmpty            int // leaders given no country where the gold has one
	// participants of the matched events, by kind of key (country,
	// person, org): a wrong participant is a wrong fact in the graph
	// even where the event itself counts as found
	participants map[string]*counts
	// places of the matched events: a place where the gold has another
	// or none is a wrong HELD_IN in the graph
	places   placeScore
	articles int
	diffs    []string
}

func (s *realScore) f1s() (ent, ev, fact, country float64) {
	_, _, ent = s.entities.prf()
	_, _, ev = s.events.prf()
	_, _, fact = s.facts.prf()
	country = 1
	if s.leaders > 0 {
		country = float64(s.countryOK) / float64(s.leaders)
	}
	return
}

func TestEvalRealDev(t *testing.T) {
	s := scoreReal(t, "testdata/real/dev")
	if s.articles < 80 {
		t.Fatalf("%d articles in the real dev set, want 80 or more", s.articles)
	}
	ent, ev, fact, country := s.f1s()
	if ent < realDevEntityF1 || ev < realDevEventF1 || fact < realDevFactF1 || country < realDevCountryOK {
		t.Errorf("real dev set below its gates: entities %.3f (%.2f), events %.3f (%.2f), facts %.3f (%.2f), leader country %.3f (%.2f)",
			ent, realDevEntityF1, ev, realDevEventF1, fact, realDevFactF1, country, realDevCountryOK)
	}
}

// retiredDevSources are the pages of dev articles removed on 2026-11-30
// because a held-out article had been made from the same page
// (TestRealSplitsShareNoSource now guards against it): the extractor was
// tuned on their paraphrases until then, so the held-out articles made
// from them are not blind.
var retiredDevSources = []string{
	"https://jjtv.kz/en/news/business/30506-bilateral-trade-volume-between-kazakhstan-russia-exceeds-us-26-billion",
	"https://en.inform.kz/news/vice-premier-of-chinas-state-council-liu-guozhong-to-visit-kazakhstan-07aa3a/",
	"https://en.trend.az/casia/kazakhstan/3887956.html",
	"http://english.www.gov.cn/premier/video/2018/11/04/content_281476375198646.htm",
	"https://thediplomaticinsight.com/argentine-foreign-minister-visits-mexico/",
	"http://santiagotimes.cl/2017/06/28/chile-argentina-discuss-trade-and-venezuela/",
}

// TestEvalRealHeldOut scores the blind part, and logs the score of the
// part no dev article ever shared a source with. Its differences are
// never printed: whoever tunes the extractor must not learn its content.
func TestEvalRealHeldOut(t *testing.T) {
	s := scoreReal(t, "testdata/real/heldout")
	if s.articles < 40 {
		t.Fatalf("%d articles in the real held-out set, want 40 or more", s.articles)
	}
	twins := map[string]bool{}
	for _, u := range retiredDevSources {
		twins[normalURL(u)] = true
	}
	b, err := os.ReadFile("testdata/real/heldout/SOURCES.md")
	if err != nil {
		t.Fatal(err)
	}
	skip := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		cells := strings.Split(line, "|")
		for _, u := range sourceURL.FindAllString(line, -1) {
			if twins[normalURL(u)] && len(cells) > 1 {
				name := strings.Trim(strings.TrimSpace(cells[1]), "`")
				skip[strings.TrimSuffix(name, ".txt")] = true
			}
		}
	}
	if len(skip) != len(retiredDevSources) {
		t.Errorf("%d held-out articles share a retired dev source, want %d", len(skip), len(retiredDevSources))
	}
	clean := scoreRealExcept(t, "testdata/real/heldout", skip)
	e, v, f, c := clean.f1s()
	t.Logf("the %d held-out articles no dev article shared a source with: entities %.3f, events %.3f, facts %.3f, leader country %.3f",
		clean.articles, e, v, f, c)
	ent, ev, fact, country := s.f1s()
	if ent < realHeldEntityF1 || ev < realHeldEventF1 || fact < realHeldFactF1 || country < realHeldCountryOK {
		t.Errorf("real held-out set fell below its floors: entities %.3f (%.2f), events %.3f (%.2f), facts %.3f (%.2f), leader country %.3f (%.2f)",
			ent, realHeldEntityF1, ev, realHeldEventF1, fact, realHeldFactF1, country, realHeldCountryOK)
	}
}

// scoreReal extracts and scores every article of dir and logs the table;
// with -v and outside the held-out set, every difference too.
func scoreReal(t *testing.T, dir string) *realScore {
	t.Helper()
	return scoreRealExcept(t, dir, nil)
}

// scoreRealExcept is scoreReal leaving out the articles named in skip
// (file names without extension).
func scoreRealExcept(t *testing.T, dir string, skip map[string]bool) *realScore {
	t.Helper()
	x := mustExtractor(t)
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	s := &realScore{byType: map[string]*counts{}, factTypes: map[string]*counts{}, participants: map[string]*counts{}}
	for _, g := range golds {
		base := strings.TrimSuffix(g, ".gold.json")
		if skip[filepath.Base(base)] {
			continue
		}
		text, err := os.ReadFile(base + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		var gold realGold
		b, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &gold); err != nil {
			t.Fatalf("%s: %v", g, err)
		}
		out, err := x.Extract(extract.Document{Input: base + ".txt", Text: string(text)})
		if err != nil {
			t.Fatalf("%s: %v", base, err)
		}
		s.articles++
		name := filepath.Base(base)
		s.scoreEntities(name, gold, out)
		s.scoreEvents(name, gold, out)
		s.scoreFacts(name, gold, out)
	}
	heldOut := strings.Contains(dir, "heldout")
	if testing.Verbose() && !heldOut {
		sort.Strings(s.diffs)
		t.Logf("differences:\n  %s", strings.Join(s.diffs, "\n  "))
	}
	t.Log(s.table())
	return s
}

func (s *realScore) table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-22s %5s %5s %5s %7s %7s %7s\n", "", "tp", "fp", "fn", "P", "R", "F1")
	row := func(name string, c counts) {
		p, r, f := c.prf()
		fmt.Fprintf(&b, "%-22s %5d %5d %5d %7.3f %7.3f %7.3f\n", name, c.tp, c.fp, c.fn, p, r, f)
	}
	for _, k := range sortedKeys(s.byType) {
		row("  "+k, *s.byType[k])
	}
	row("entities (micro)", s.entities)
	row("events", s.events)
	for _, k := range sortedKeys(s.factTypes) {
		row("  "+k, *s.factTypes[k])
	}
	row("facts (micro)", s.facts)
	for _, k := range sortedKeys(s.participants) {
		row("participants: "+k, *s.participants[k])
	}
	fmt.Fprintf(&b, "places of matched events: %d right, %d null as in the gold, %d wrong, %d where the gold has none, %d missing\n",
		s.places.right, s.places.bothNull, s.places.wrong, s.places.invented, s.places.missing)
	_, _, _, country := s.f1s()
	fmt.Fprintf(&b, "leader country right: %d of %d matched leaders (%.3f); of the others, %d without a country, %d with a wrong one\narticles: %d\n",
		s.countryOK, s.leaders, country, s.countryEmpty, s.leaders-s.countryOK-s.countryEmpty, s.articles)
	return b.String()
}

func (s *realScore) count(m map[string]*counts, k string) *counts {
	if m[k] == nil {
		m[k] = &counts{}
	}
	return m[k]
}

func (s *realScore) scoreEntities(name string, gold realGold, out graph.Extraction) {
	want := map[string]string{} // "Type key" → gold country of a leader
	for _, e := range gold.Entities {
		want[e.Type+" "+e.Key] = e.Country
	}
	got := map[string]graph.Entity{}
	for _, e := range out.Entities {
		if e.Type != graph.TypeEvent {
			got[string(e.Type)+" "+e.Key] = e
		}
	}
	for k, country := range want {
		typ, _, _ := strings.Cut(k, " ")
		c := s.count(s.byType, typ)
		if e, ok := got[k]; ok {
			c.tp++
			s.entities.tp++
			if typ == "Leader" && country != "" {
				s.leaders++
				if e.Country == country {
					s.countryOK++
				} else {
					if e.Country == "" {
						s.countryEmpty++
					}
					s.diffs = append(s.diffs, fmt.Sprintf("%s: leader %s country %q, want %q", name, k, e.Country, country))
				}
			}
		} else {
			c.fn++
			s.entities.fn++
			s.diffs = append(s.diffs, fmt.Sprintf("%s: missing entity %s", name, k))
		}
	}
	for k, e := range got {
		if _, ok := want[k]; !ok {
			s.count(s.byType, string(e.Type)).fp++
			s.entities.fp++
			s.diffs = append(s.diffs, fmt.Sprintf("%s: extra entity %s", name, k))
		}
	}
}

// eventDateRight says whether a predicted event's date fits the gold: the
// same date where the text gives one; where it gives none (gold null or
// assumed), no date, or the article's date marked assumed.
func eventDateRight(goldDate, goldPrecision *string, p graph.Entity) bool {
	gd, gp := "", ""
	if goldDate != nil {
		gd = *goldDate
	}
	if goldPrecision != nil {
		gp = *goldPrecision
	}
	switch {
	case gd != "" && gp != "assumed":
		return p.Date == gd
	case gd != "": // assumed: the article's date
		return p.Date == "" || p.Date == gd
	default:
		return p.Date == "" || p.DatePrecision == "assumed"
	}
}

func (s *realScore) scoreEvents(name string, gold realGold, out graph.Extraction) {
	var pred []graph.Entity
	for _, e := range out.Entities {
		if e.Type == graph.TypeEvent {
			pred = append(pred, e)
		}
	}
	match := matchEvents(len(gold.Events), len(pred), func(gi, pi int) int {
		g, p := gold.Events[gi], pred[pi]
		if p.Kind != g.Kind || !eventDateRight(g.Date, g.DatePrecision, p) {
			return 0
		}
		return shared(p.Participants, g.Participants)
	})
	used := make([]bool, len(pred))
	for gi, g := range gold.Events {
		if pi := match[gi]; pi >= 0 {
			used[pi] = true
			s.scoreParticipants(name, g, pred[pi])
			s.places.score(s, name, g, pred[pi])
			s.events.tp++
			continue
		}
		s.events.fn++
		d := "null"
		if g.Date != nil {
			d = *g.Date
		}
		s.diffs = append(s.diffs, fmt.Sprintf("%s: missing event %s %s %v", name, g.Kind, d, g.Participants))
	}
	for i, p := range pred {
		if !used[i] {
			s.events.fp++
			s.diffs = append(s.diffs, fmt.Sprintf("%s: extra event %s %s(%s) %v", name, p.Kind, p.Date, p.DatePrecision, p.Participants))
		}
	}
}

// placeScore counts the places of matched events against the gold's.
type placeScore struct {
	right, bothNull, wrong, invented, missing int
}

// score compares the place of predicted event p with gold event g's.
func (c *placeScore) score(s *realScore, name string, g realEvent, p graph.Entity) {
	gold := ""
	if g.Location != nil {
		gold = *g.Location
	}
	switch {
	case gold == p.Location && gold == "":
		c.bothNull++
	case gold == p.Location:
		c.right++
	case gold == "":
		c.invented++
		s.diffs = append(s.diffs, fmt.Sprintf("%s: invented place %s of %s %s", name, p.Location, g.Kind, p.Date))
	case p.Location == "":
		c.missing++
		s.diffs = append(s.diffs, fmt.Sprintf("%s: missing place %s of %s %s", name, gold, g.Kind, p.Date))
	default:
		c.wrong++
		s.diffs = append(s.diffs, fmt.Sprintf("%s: wrong place %s of %s %s (gold %s)", name, p.Location, g.Kind, p.Date, gold))
	}
}

// scoreParticipants compares the participants of a predicted event with
// those of the gold event it matched, per kind of key.
func (s *realScore) scoreParticipants(name string, g realEvent, p graph.Entity) {
	kind := func(k string) string { return strings.SplitN(k, ":", 2)[0] }
	want := map[string]bool{}
	for _, k := range g.Participants {
		want[k] = true
	}
	got := map[string]bool{}
	for _, k := range p.Participants {
		got[k] = true
		if want[k] {
			s.count(s.participants, kind(k)).tp++
			continue
		}
		s.count(s.participants, kind(k)).fp++
		s.diffs = append(s.diffs, fmt.Sprintf("%s: extra participant %s of %s %s", name, k, g.Kind, p.Date))
	}
	for _, k := range g.Participants {
		if !got[k] {
			s.count(s.participants, kind(k)).fn++
			s.diffs = append(s.diffs, fmt.Sprintf("%s: missing participant %s of %s %s", name, k, g.Kind, p.Date))
		}
	}
}

func (s *realScore) scoreFacts(name string, gold realGold, out graph.Extraction) {
	pred := predictedFacts(out)
	used := make([]bool, len(pred))
	for _, g := range gold.Facts {
		if !scoredFacts[g.Type] {
			continue
		}
		c := s.count(s.factTypes, g.Type)
		found := false
		for i, p := range pred {
			if used[i] || string(p.Type) != g.Type || p.From != g.From || p.To != g.To {
				continue
			}
			if g.Type == "TRADE_VOLUME" && !tradeMatches(g.Year, g.ValueUSD, g.Value, g.Currency, p) {
				continue
			}
			if g.Type == "PARTNERSHIP" && !strings.EqualFold(strings.TrimSpace(g.Level), strings.TrimSpace(p.Level)) {
				continue
			}
			used[i], found = true, true
			break
		}
		if found {
			c.tp++
			s.facts.tp++
			continue
		}
		c.fn++
		s.facts.fn++
		s.diffs = append(s.diffs, fmt.Sprintf("%s: missing fact %s %s %s %s", name, g.Type, g.From, g.To, g.Level))
	}
	for i, p := range pred {
		if !used[i] {
			s.count(s.factTypes, string(p.Type)).fp++
			s.facts.fp++
			s.diffs = append(s.diffs, fmt.Sprintf("%s: extra fact %s %s %s %s %d usd=%.0f %.0f %s", name, p.Type, p.From, p.To, p.Level, p.Year, p.ValueUSD, p.Value, p.Currency))
		}
	}
}

// tradeMatches compares a trade figure: the year when the gold gives one,
// and the amount within 1%: in US dollars when the gold states one, else
// as stated in its currency.
func tradeMatches(year *int, usd, value *float64, currency *string, p graph.Relation) bool {
	if year != nil && *year != p.Year {
		return false
	}
	near := func(a, b float64) bool { return math.Abs(a-b) <= 0.01*math.Abs(b) }
	switch {
	case usd != nil:
		return near(p.ValueUSD, *usd)
	case value != nil:
		if currency != nil && p.Currency != "" && p.Currency != *currency {
			return false
		}
		return p.ValueUSD == 0 && near(p.Value, *value)
	}
	return true
}
