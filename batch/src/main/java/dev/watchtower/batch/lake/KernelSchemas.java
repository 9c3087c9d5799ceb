package dev.watchtower.batch.lake;

import java.util.Arrays;

import io.delta.kernel.types.ArrayType;
import io.delta.kernel.types.BooleanType;
import io.delta.kernel.types.DataType;
import io.delta.kernel.types.DateType;
import io.delta.kernel.types.DecimalType;
import io.delta.kernel.types.DoubleType;
import io.delta.kernel.types.FieldMetadata;
import io.delta.kernel.types.IntegerType;
import io.delta.kernel.types.LongType;
import io.delta.kernel.types.MapType;
import io.delta.kernel.types.StringType;
import io.delta.kernel.types.StructField;
import io.delta.kernel.types.StructType;
import io.delta.kernel.types.TimestampType;

/**
 * The declared schemas of {@link LakeSchemas} (Spark types) as Delta Kernel types, with
 * the column comments where Spark keeps them (the field metadata key {@code comment}), so
 * a table Kernel creates reads the same in Spark as one Spark created.
 */
final class KernelSchemas {

	private KernelSchemas() {
	}

	static StructType of(org.apache.spark.sql.types.StructType schema) {
		return new StructType(Arrays.stream(schema.fields()).map(KernelSchemas::field).toList());
	}

	private static StructField field(org.apache.spark.sql.types.StructField field) {
		FieldMetadata metadata = field.getComment().isDefined()
				? FieldMetadata.builder().putString("comment", field.getComment().get()).build()
				: FieldMetadata.empty();
		return new StructField(field.name(), type(field.dataType()), field.nullable(), metadata);
	}

	private static DataType type(org.apache.spark.sql.types.DataType type) {
		return switch (type) {
			case org.apache.spark.sql.types.StringType ignored -> StringType.STRING;
			case org.apache.spark.sql.types.IntegerType ignored -> IntegerType.INTEGER;
			case org.apache.spark.sql.types.LongType ignored -> LongType.LONG;
			case org.apache.spark.sql.types.DoubleType ignored -> DoubleType.DOUBLE;
			case org.apache.spark.sql.types.BooleanType ignored -> BooleanType.BOOLEAN;
			case org.apache.spark.sql.types.TimestampType ignored -> TimestampType.TIMESTAMP;
			case org.apache.spark.sql.types.DateType ignored -> DateType.DATE;
			case org.apache.spark.sql.types.DecimalType decimal ->
				new DecimalType(decimal.precision(), decimal.scale());
			case org.apache.spark.sql.types.ArrayType array ->
				new ArrayType(type(array.elementType()), array.containsNull());
			case org.apache.spark.sql.types.MapType map ->
				new MapType(type(map.keyType()), type(map.valueType()), map.valueContainsNull());
			case org.apache.spark.sql.types.StructType struct -> of(struct);
			default -> throw new IllegalArgumentException("No Delta Kernel type for " + type);
		};
	}

}
