package org.gridvoice.demo;

import java.util.List;

/** The demo's people: realistic names, addresses in the demo grids, and what each may do. */
final class DemoPeople {

    static final String PASSWORD = "gridvoice-demo";

    record Person(String email, String name, String role, Long scopeId, Long gridId, String building, String unit,
                  String room, String residency) {
    }

    private DemoPeople() {
    }

    static List<Person> staff() {
        return List.of(
                new Person("admin@gridvoice.demo", "王建国", "ADMIN", null, null, null, null, null, null),
                new Person("committee@gridvoice.demo", "李秀英", "COMMITTEE", 1L, null, null, null, null, null),
                new Person("committee.meiyuan@gridvoice.demo", "张志强", "COMMITTEE", 2L, null, null, null, null, null),
                new Person("officer@gridvoice.demo", "刘洋", "OFFICER", 1L, null, null, null, null, null),
                new Person("lead@gridvoice.demo", "陈静", "OFFICE_LEAD", 1L, null, null, null, null, null),
                new Person("officer.meiyuan@gridvoice.demo", "杨帆", "OFFICER", 2L, null, null, null, null, null),
                new Person("lead.meiyuan@gridvoice.demo", "赵丽华", "OFFICE_LEAD", 2L, null, null, null, null, null),
                new Person("officer.chengguan@gridvoice.demo", "黄磊", "OFFICER", 3L, null, null, null, null, null),
                new Person("lead.chengguan@gridvoice.demo", "周敏", "OFFICE_LEAD", 3L, null, null, null, null, null),
                new Person("coordinator@gridvoice.demo", "吴国华", "OFFICE_LEAD", 4L, null, null, null, null, null));
    }

    /**
     * Staff added after the first demo release, seeded after the residents so that everyone's id stays
     * as it was: a second committee member of 幸福里社区, who confirms decisions recorded at a meeting.
     */
    static List<Person> laterStaff() {
        return List.of(new Person("committee2@gridvoice.demo", "陈建国", "COMMITTEE", 1L, null, null, null, null, null));
    }

    /** Residents: grid 1–3 in 幸福里社区 (community 1), 4–6 in 梅园社区 (community 2). */
    static List<Person> residents() {
        String[] names = {"周小梅", "吴志明", "徐丽娟", "孙海涛", "马晓燕", "朱建华", "胡秀兰", "郭明", "何静怡", "高志伟",
                "林淑芬", "罗家豪", "郑玉梅", "梁国强", "谢婷", "宋卫东", "唐雪", "许文斌", "韩桂英", "冯涛",
                "邓丽", "曹永刚", "彭佳怡", "曾凡", "萧红梅", "田立新", "董晓东", "袁芳", "潘俊杰", "蒋慧"};
        var people = new java.util.ArrayList<Person>();
        for (int i = 0; i < names.length; i++) {
            long grid = i % 6 + 1;
            String residency = i == 0 ? "PENDING" : i < 22 ? "APPROVED" : i < 26 ? "PENDING" : null;
            String email = i == 0 ? "resident@gridvoice.demo" : String.format("resident%02d@gridvoice.demo", i + 1);
            people.add(new Person(email, names[i], "RESIDENT", null, grid, (i % 12 + 1) + "号楼", (i % 3 + 1) + "单元",
                    String.valueOf((i % 6 + 1) * 100 + i % 4 + 1), residency));
        }
        return people;
    }
}
