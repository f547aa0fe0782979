/* nv-member.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-member.h"
#include "nv-person.h"

/* A person's membership of one network. */
struct _NvMember
{
  NvRecord parent_instance;

  char *person;
  gboolean core;
  char *role;
  char *local_group;
  NvLocalRole local_role;
};

G_DEFINE_FINAL_TYPE (NvMember, nv_member, NV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PERSON,
  PROP_CORE,
  PROP_ROLE,
  PROP_LOCAL_GROUP,
  PROP_LOCAL_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nv_member_class_init (NvMemberClass *klass)
{
  properties[PROP_PERSON] =
    nv_field_set_required (nv_field_ref ("person", N_("Person"), NV_TYPE_PERSON,
                                         G_STRUCT_OFFSET (NvMember, person)));
  properties[PROP_CORE] =
    nv_field_boolean ("core", N_("Core participant"), G_STRUCT_OFFSET (NvMember, core));
  properties[PROP_ROLE] =
    nv_field_string ("role", N_("Role or level"), G_STRUCT_OFFSET (NvMember, role));
  properties[PROP_LOCAL_GROUP] =
    nv_field_string ("local-group", N_("Local group"), G_STRUCT_OFFSET (NvMember, local_group));
  properties[PROP_LOCAL_ROLE] =
    nv_field_enum ("local-role", N_("Volunteer or coordinator"), NV_TYPE_LOCAL_ROLE,
                   G_STRUCT_OFFSET (NvMember, local_role));

  nv_record_class_install_fields (NV_RECORD_CLASS (klass), "mb", N_PROPS, properties);
}

static void
nv_member_init (NvMember *self)
{
}

NvMember *
nv_member_new (void)
{
  return g_object_new (NV_TYPE_MEMBER, NULL);
}

const char *
nv_member_get_person (NvMember *self)
{
  g_return_val_if_fail (NV_IS_MEMBER (self), NULL);

  return self->person;
}

void
nv_member_set_person (NvMember *self,
                      const char *person)
{
  g_return_if_fail (NV_IS_MEMBER (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_PERSON], person);
}

gboolean
nv_member_get_core (NvMember *self)
{
  g_return_val_if_fail (NV_IS_MEMBER (self), 0);

  return self->core;
}

void
nv_member_set_core (NvMember *self,
                    gboolean core)
{
  g_return_if_fail (NV_IS_MEMBER (self));

  nv_record_set_boolean (NV_RECORD (self), properties[PROP_CORE], core);
}

const char *
nv_member_get_role (NvMember *self)
{
  g_return_val_if_fail (NV_IS_MEMBER (self), NULL);

  return self->role;
}

void
nv_member_set_role (NvMember *self,
                    const char *role)
{
  g_return_if_fail (NV_IS_MEMBER (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_ROLE], role);
}

const char *
nv_member_get_local_group (NvMember *self)
{
  g_return_val_if_fail (NV_IS_MEMBER (self), NULL);

  return self->local_group;
}

void
nv_member_set_local_group (NvMember *self,
                           const char *local_group)
{
  g_return_if_fail (NV_IS_MEMBER (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_LOCAL_GROUP], local_group);
}

NvLocalRole
nv_member_get_local_role (NvMember *self)
{
  g_return_val_if_fail (NV_IS_MEMBER (self), NV_LOCAL_ROLE_NONE);

  return self->local_role;
}

void
nv_member_set_local_role (NvMember    *self,
                          NvLocalRole  local_role)
{
  g_return_if_fail (NV_IS_MEMBER (self));

  nv_record_set_int (NV_RECORD (self), properties[PROP_LOCAL_ROLE], local_role);
}
