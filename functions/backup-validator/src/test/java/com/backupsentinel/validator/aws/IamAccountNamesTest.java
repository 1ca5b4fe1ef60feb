package com.backupsentinel.validator.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.standins.IamStandIn;
import com.backupsentinel.standins.inventory.Inventory;
import com.backupsentinel.validator.inventory.InventoryException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;

/** The IAM adapter through the real SDK over HTTP against the IAM stand-in. */
class IamAccountNamesTest {

    private static IamAccountNames names(IamStandIn iam) {
        return new IamAccountNames(StandInClients.factory("AWS_ENDPOINT_URL_IAM", iam.endpoint())
                .build(IamClient.builder(), "IAM"));
    }

    @Test
    void readsTheAccountsAliasWithOneCall() {
        try (IamStandIn iam = IamStandIn.start(Inventory.builder("123456789012", "us-west-2")
                .accountAlias("arrakis-platform").build())) {
            assertThat(names(iam).alias()).hasValue("arrakis-platform");
            assertThat(iam.callCount("ListAccountAliases")).isOne();
        }
    }

    @Test
    void anAccountWithoutAliasHasNone() {
        try (IamStandIn iam = IamStandIn.start(Inventory.empty())) {
            assertThat(names(iam).alias()).isEmpty();
        }
    }

    @Test
    void namesTheCallAndIamsErrorWhenAccessIsDenied() {
        try (IamStandIn iam = IamStandIn.start(Inventory.empty())) {
            iam.failNext("ListAccountAliases", 403, "AccessDenied", "User: arn:aws:sts::123456789012:assumed-role/v/fn"
                    + " is not authorized to perform: iam:ListAccountAliases on resource: *", 1);

            assertThatThrownBy(() -> names(iam).alias()).isInstanceOf(InventoryException.class)
                    .hasMessage("ListAccountAliases failed with AccessDenied (HTTP 403): User: arn:aws:sts::"
                            + "123456789012:assumed-role/v/fn is not authorized to perform: iam:ListAccountAliases on"
                            + " resource: *");
        }
    }
}
