/* nv-member.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-record.h"
#include "nv-enums.h"

G_BEGIN_DECLS

#define NV_TYPE_MEMBER (nv_member_get_type ())

G_DECLARE_FINAL_TYPE (NvMember, nv_member, NV, MEMBER, NvRecord)

NvMember   *nv_member_new             (void);
const char *nv_member_get_person      (NvMember *self);
void        nv_member_set_person      (NvMember   *self,
                                       const char *person);
gboolean    nv_member_get_core        (NvMember *self);
void        nv_member_set_core        (NvMember *self,
                                       gboolean  core);
const char *nv_member_get_role        (NvMember *self);
void        nv_member_set_role        (NvMember   *self,
                                       const char *role);
const char *nv_member_get_local_group (NvMember *self);
void        nv_member_set_local_group (NvMember   *self,
                                       const char *local_group);
NvLocalRole nv_member_get_local_role  (NvMember *self);
void        nv_member_set_local_role  (NvMember    *self,
                                       NvLocalRole  local_role);

G_END_DECLS
