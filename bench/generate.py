#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generates national-scale data for the benchmark: SCHOOLS schools in
2,000 municipalities and one result per school × procedure × year, written
in the long format of `mayak-cli import results` (CSV, ';'); a roadmap per
municipality with its items, and three statuses of every school."""
import random
import sys

PROCEDURES = (
    ["ОГЭ " + s for s in ("РУ", "МА", "ФИЗ", "ХИМ", "ИНФ", "БИО", "ИСТ", "ГЕО", "ОБЩ", "ЛИТ")]
    + ["ЕГЭ " + s for s in ("МА ПРОФ", "МА БАЗ", "ФИЗ", "ХИМ", "БИО", "ИСТ", "ГЕО", "ОБЩ", "ЛИТ", "ИНФ")]
    + ["ВПР МА-%d" % g for g in range(4, 9)]
    + ["ВПР РУ-%d" % g for g in range(4, 9)]
)


def school(i):
    return "Муниципалитет %d" % (i % 2000), "СШ № %d" % (i // 2000 + 1)


def write_schools(path, n):
    with open(path, "w", encoding="utf-8") as f:
        f.write("region;municipality;name;full_name\n")
        for i in range(n):
            m, name = school(i)
            f.write("Регион %d;%s;%s;МБОУ «%s»\n" % (i % 85, m, name, name))


def write_results(path, n, years):
    rnd = random.Random(20261122)
    with open(path, "w", encoding="utf-8") as f:
        f.write("municipality;school;year;procedure;participants;low\n")
        for i in range(n):
            m, name = school(i)
            for year in years:
                for p in PROCEDURES:
                    participants = rnd.randint(5, 120)
                    # about one result in twelve is a marker (30 % or more)
                    if rnd.random() < 1 / 12:
                        low = rnd.randint((participants * 3 + 9) // 10, participants * 6 // 10)
                    else:
                        low = rnd.randint(0, participants * 29 // 100)
                    f.write("%s;%s;%d;%s;%d;%d\n" % (m, name, year, p, participants, low))


def write_context(path, n, year):
    rnd = random.Random(7)
    with open(path, "w", encoding="utf-8") as f:
        f.write("municipality;school;year;isbsh\n")
        for i in range(n):
            m, name = school(i)
            f.write("%s;%s;%d;%s\n" % (m, name, year, ("%.1f" % rnd.uniform(55, 95)).replace(".", ",")))


ITEMS_PER_SECTION = 6
SECTIONS = 5


def write_roadmaps(out, n_municipalities):
    """A roadmap for every cluster of each municipality's 2022/2023, 5
    sections of 6 items each, and what every school reported of three of
    the items: the long layout of `import roadmap-statuses`."""
    with open(out + "/roadmaps.csv", "w", encoding="utf-8") as f:
        f.write("school_year;number;title;clusters;level;municipality;numbered_sections\n")
        for m in range(n_municipalities):
            f.write("2022/2023;1;План мероприятий;SPU SBU SNRO SFNSU SRNR;school;Муниципалитет %d;да\n" % m)
    with open(out + "/roadmap-items.csv", "w", encoding="utf-8") as f:
        f.write("school_year;roadmap;municipality;code;depth;heading;title\n")
        for m in range(n_municipalities):
            for s in range(SECTIONS):
                f.write("2022/2023;1;Муниципалитет %d;%d.;0;да;Направление %d\n" % (m, s + 1, s + 1))
                for i in range(ITEMS_PER_SECTION):
                    f.write("2022/2023;1;Муниципалитет %d;%d.%d.;1;;Мероприятие %d.%d\n"
                            % (m, s + 1, i + 1, s + 1, i + 1))


def write_statuses(path, n):
    rnd = random.Random(3)
    with open(path, "w", encoding="utf-8") as f:
        f.write("school_year;roadmap;municipality;school;code;status;information\n")
        for i in range(n):
            m, name = school(i)
            for code in ("1.1.", "2.3.", "5.6."):
                f.write("2022/2023;1;%s;%s;%s;%s;\n" % (m, name, code, rnd.choice(("да", "нет", "частично"))))


def main():
    out, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 40000
    write_schools(out + "/schools.csv", n)
    write_results(out + "/results.csv", n, (2021, 2022))
    write_context(out + "/context.csv", n, 2022)
    write_roadmaps(out, min(n, 2000))
    write_statuses(out + "/roadmap-statuses.csv", n)


if __name__ == "__main__":
    main()
